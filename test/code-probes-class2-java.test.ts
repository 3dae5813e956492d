// Probe set of round 15 (Java): "one class at a time" in web code (servlets, Spring MVC, JAX-RS, filters).
// Three classes: OS command / argument injection (CWE-78/88: Runtime.exec(String) and exec(String[]),
// ProcessBuilder with lists, arrays, varargs, command().add, a shell with -c / cmd /c / powershell
// -Command, commons-exec, zt-exec, environment() maps, git / ssh / curl / tar argument injection), weak
// hashing and ciphers (CWE-327/328/916/326/329: MessageDigest with literals, constants, variables,
// providers and commons-codec names, Guava Hashing, DigestUtils, Spring Security encoders, DES / DESede /
// RC2 / RC4 / Blowfish / ECB / RSA NoPadding / PBEWithMD5AndDES, static IVs, short RSA / DSA keys,
// PBKDF2 iteration counts, keys made from passwords) and trust-boundary violations (CWE-501: session,
// servlet-context and application-scope caches, @SessionAttributes, privilege flags), each with a safe
// twin (the usual fix). Written before the analyzer was run on them (waves 1-4, wave 4 a small extra one). See code-rules/README.md,
// "Round 15 (Java)".
import { describeProbes, type Probe } from './code-probes.js';

const PROBES: Probe[] = [
 {
  "name": "cmd1-ping-runtime-exec",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class PingServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String host = req.getParameter(\"host\");\n    Process p = Runtime.getRuntime().exec(\"ping -c 1 \" + host);\n    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {\n      String line;\n      while ((line = r.readLine()) != null) resp.getWriter().println(line);\n    }\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd1-ping-runtime-exec",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class PingServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String host = req.getParameter(\"host\");\n    if (host == null || !host.matches(\"[A-Za-z0-9][A-Za-z0-9.-]{0,252}\")) { resp.sendError(400); return; }\n    Process p = Runtime.getRuntime().exec(new String[] {\"ping\", \"-c\", \"1\", host});\n    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {\n      String line;\n      while ((line = r.readLine()) != null) resp.getWriter().println(line);\n    }\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd2-nslookup-sh-c",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class DnsServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {\n    String domain = request.getParameter(\"domain\");\n    ProcessBuilder pb = new ProcessBuilder(\"/bin/sh\", \"-c\", \"nslookup \" + domain);\n    pb.redirectErrorStream(true);\n    Process proc = pb.start();\n    proc.getInputStream().transferTo(response.getOutputStream());\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd2-nslookup-sh-c",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class DnsServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {\n    String domain = request.getParameter(\"domain\");\n    if (domain == null || !domain.matches(\"[A-Za-z0-9][A-Za-z0-9.-]*\")) { response.sendError(400); return; }\n    ProcessBuilder pb = new ProcessBuilder(\"nslookup\", domain);\n    pb.redirectErrorStream(true);\n    Process proc = pb.start();\n    proc.getInputStream().transferTo(response.getOutputStream());\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd3-spring-bash-c-array",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\n@RestController\n@RequestMapping(\"/files\")\npublic class LineCountController {\n  @GetMapping(\"/lines\")\n  public String lines(@RequestParam(\"file\") String file) throws IOException, InterruptedException {\n    String[] cmd = {\"bash\", \"-c\", \"wc -l /srv/data/\" + file};\n    Process p = Runtime.getRuntime().exec(cmd);\n    p.waitFor();\n    return new String(p.getInputStream().readAllBytes());\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd3-spring-bash-c-array",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\n@RestController\n@RequestMapping(\"/files\")\npublic class LineCountController {\n  private static final Set<String> FILES = Set.of(\"orders.csv\", \"users.csv\", \"events.log\");\n  @GetMapping(\"/lines\")\n  public String lines(@RequestParam(\"file\") String file) throws IOException, InterruptedException {\n    if (!FILES.contains(file)) throw new IllegalArgumentException(\"unknown file\");\n    String[] cmd = {\"wc\", \"-l\", \"/srv/data/\" + file};\n    Process p = Runtime.getRuntime().exec(cmd);\n    p.waitFor();\n    return new String(p.getInputStream().readAllBytes());\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd4-cmd-exe-dir",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class ShareListingServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String folder = req.getParameter(\"folder\");\n    ProcessBuilder builder = new ProcessBuilder(\"cmd.exe\", \"/c\", \"dir C:\\\\shares\\\\\" + folder);\n    Process p = builder.start();\n    resp.setContentType(\"text/plain\");\n    p.getInputStream().transferTo(resp.getOutputStream());\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd4-cmd-exe-dir",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\nimport java.nio.file.*;\npublic class ShareListingServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String folder = req.getParameter(\"folder\");\n    if (folder == null || !folder.matches(\"[A-Za-z0-9_]{1,32}\")) { resp.sendError(400); return; }\n    resp.setContentType(\"text/plain\");\n    try (DirectoryStream<Path> ds = Files.newDirectoryStream(Paths.get(\"C:/shares\", folder))) {\n      for (Path f : ds) resp.getWriter().println(f.getFileName());\n    }\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd5-stringbuilder-convert",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class ThumbnailServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String image = req.getParameter(\"image\");\n    String size = req.getParameter(\"size\");\n    StringBuilder sb = new StringBuilder(\"convert \");\n    sb.append(\"/var/uploads/\").append(image).append(\" -resize \").append(size).append(\" /var/thumbs/out.png\");\n    Runtime.getRuntime().exec(sb.toString());\n    resp.setStatus(204);\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd5-stringbuilder-convert",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class ThumbnailServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String image = req.getParameter(\"image\");\n    String size = req.getParameter(\"size\");\n    if (image == null || !image.matches(\"[a-f0-9]{32}[.]png\") || size == null || !size.matches(\"[0-9]{1,4}x[0-9]{1,4}\")) { resp.sendError(400); return; }\n    List<String> cmd = new ArrayList<>();\n    cmd.add(\"convert\");\n    cmd.add(\"/var/uploads/\" + image);\n    cmd.add(\"-resize\");\n    cmd.add(size);\n    cmd.add(\"/var/thumbs/out.png\");\n    new ProcessBuilder(cmd).start();\n    resp.setStatus(204);\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd6-string-format-tar",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\n@RestController\npublic class BackupController {\n  @PostMapping(\"/backup\")\n  public ResponseEntity<String> backup(@RequestParam String name, @RequestParam String dir) throws IOException {\n    String command = String.format(\"tar -czf /backups/%s.tgz %s\", name, dir);\n    Runtime.getRuntime().exec(new String[] {\"/bin/sh\", \"-c\", command});\n    return ResponseEntity.ok(\"started\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd6-string-format-tar",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\n@RestController\npublic class BackupController {\n  private static final Map<String, String> DIRS = Map.of(\"site\", \"/srv/site\", \"db\", \"/srv/db-dumps\");\n  @PostMapping(\"/backup\")\n  public ResponseEntity<String> backup(@RequestParam String name, @RequestParam String dir) throws IOException {\n    String path = DIRS.get(dir);\n    if (path == null || !name.matches(\"[a-z0-9-]{1,40}\")) return ResponseEntity.badRequest().body(\"bad request\");\n    new ProcessBuilder(\"tar\", \"-czf\", \"/backups/\" + name + \".tgz\", path).start();\n    return ResponseEntity.ok(\"started\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd7-jaxrs-aslist-sh",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.*;\n\n@Path(\"/repo\")\npublic class GitLogResource {\n  @GET\n  @Path(\"/log\")\n  @Produces(MediaType.TEXT_PLAIN)\n  public String log(@QueryParam(\"branch\") String branch) throws IOException {\n    List<String> command = Arrays.asList(\"sh\", \"-c\", \"git -C /srv/repo log --oneline \" + branch);\n    Process p = new ProcessBuilder(command).start();\n    return new String(p.getInputStream().readAllBytes());\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd7-jaxrs-aslist-sh",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.*;\n\n@Path(\"/repo\")\npublic class GitLogResource {\n  @GET\n  @Path(\"/log\")\n  @Produces(MediaType.TEXT_PLAIN)\n  public String log(@QueryParam(\"branch\") String branch) throws IOException {\n    if (branch == null || !branch.matches(\"[A-Za-z0-9][A-Za-z0-9._/]{0,100}\")) throw new BadRequestException();\n    List<String> command = Arrays.asList(\"git\", \"-C\", \"/srv/repo\", \"log\", \"--oneline\", \"--end-of-options\", branch);\n    Process p = new ProcessBuilder(command).start();\n    return new String(p.getInputStream().readAllBytes());\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd8-git-clone-arg-injection",
  "kind": "vuln",
  "lang": "java",
  "cwe": 88,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\n@RestController\npublic class ImportController {\n  @PostMapping(\"/import\")\n  public String importRepo(@RequestParam(\"url\") String repoUrl) throws IOException, InterruptedException {\n    File target = new File(\"/srv/imports/\" + UUID.randomUUID());\n    Process p = new ProcessBuilder(\"git\", \"clone\", repoUrl, target.getPath()).start();\n    return p.waitFor() == 0 ? \"ok\" : \"failed\";\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd8-git-clone-arg-injection",
  "kind": "safe",
  "lang": "java",
  "cwe": 88,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\n@RestController\npublic class ImportController {\n  @PostMapping(\"/import\")\n  public String importRepo(@RequestParam(\"url\") String repoUrl) throws IOException, InterruptedException {\n    if (!repoUrl.startsWith(\"https://\")) throw new IllegalArgumentException(\"https URLs only\");\n    File target = new File(\"/srv/imports/\" + UUID.randomUUID());\n    Process p = new ProcessBuilder(\"git\", \"clone\", \"--\", repoUrl, target.getPath()).start();\n    return p.waitFor() == 0 ? \"ok\" : \"failed\";\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd9-list-add-sh-c-zip",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class ArchiveServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String dir = req.getParameter(\"dir\");\n    List<String> cmd = new ArrayList<>();\n    cmd.add(\"sh\");\n    cmd.add(\"-c\");\n    cmd.add(\"cd /srv/projects && zip -r /tmp/backup.zip \" + dir);\n    new ProcessBuilder(cmd).start();\n    resp.getWriter().write(\"queued\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd9-list-add-sh-c-zip",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class ArchiveServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String dir = req.getParameter(\"dir\");\n    if (dir == null || !dir.matches(\"[A-Za-z0-9_]{1,64}\")) { resp.sendError(400); return; }\n    List<String> cmd = new ArrayList<>();\n    cmd.add(\"zip\");\n    cmd.add(\"-r\");\n    cmd.add(\"/tmp/backup.zip\");\n    cmd.add(dir);\n    new ProcessBuilder(cmd).directory(new File(\"/srv/projects\")).start();\n    resp.getWriter().write(\"queued\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd10-header-tool-path",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class ToolServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String tool = req.getHeader(\"X-Tool\");\n    Process p = Runtime.getRuntime().exec(\"/opt/tools/\" + tool + \" --status\");\n    resp.getWriter().println(\"exit \" + p.exitValue());\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd10-header-tool-path",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class ToolServlet extends HttpServlet {\n  private static final Map<String, String> TOOLS = Map.of(\"disk\", \"/opt/tools/diskcheck\", \"net\", \"/opt/tools/netcheck\");\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String exe = TOOLS.get(req.getHeader(\"X-Tool\"));\n    if (exe == null) { resp.sendError(404); return; }\n    Process p = Runtime.getRuntime().exec(new String[] {exe, \"--status\"});\n    resp.getWriter().println(\"exit \" + p.exitValue());\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd11-cookie-printer",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class PrintServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String printer = \"default\";\n    for (Cookie c : req.getCookies()) {\n      if (\"printer\".equals(c.getName())) printer = c.getValue();\n    }\n    Runtime.getRuntime().exec(\"lpr -P \" + printer + \" /srv/reports/monthly.pdf\");\n    resp.setStatus(202);\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd11-cookie-printer",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class PrintServlet extends HttpServlet {\n  private static final Set<String> PRINTERS = Set.of(\"default\", \"floor2\", \"finance\");\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String printer = \"default\";\n    for (Cookie c : req.getCookies()) {\n      if (\"printer\".equals(c.getName()) && PRINTERS.contains(c.getValue())) printer = c.getValue();\n    }\n    Runtime.getRuntime().exec(new String[] {\"lpr\", \"-P\", printer, \"/srv/reports/monthly.pdf\"});\n    resp.setStatus(202);\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd12-parammap-grep",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class LogSearchServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    Map<String, String[]> params = req.getParameterMap();\n    String q = params.get(\"q\")[0];\n    Process p = Runtime.getRuntime().exec(new String[] {\"/bin/sh\", \"-c\", \"grep \" + q + \" /var/log/app.log\"});\n    p.getInputStream().transferTo(resp.getOutputStream());\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd12-parammap-grep",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class LogSearchServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    Map<String, String[]> params = req.getParameterMap();\n    String q = params.get(\"q\")[0];\n    Process p = Runtime.getRuntime().exec(new String[] {\"grep\", \"-F\", \"-e\", q, \"/var/log/app.log\"});\n    resp.setContentType(\"text/plain\");\n    p.getInputStream().transferTo(resp.getOutputStream());\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd13-string-join",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class ReportServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    List<String> parts = new ArrayList<>(List.of(\"/usr/local/bin/report\", \"--month\"));\n    parts.add(req.getParameter(\"month\"));\n    String commandLine = String.join(\" \", parts);\n    Process p = Runtime.getRuntime().exec(new String[] {\"bash\", \"-c\", commandLine});\n    resp.setContentType(\"text/csv\");\n    p.getInputStream().transferTo(resp.getOutputStream());\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd13-string-join",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class ReportServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String month = req.getParameter(\"month\");\n    if (month == null || !month.matches(\"20[0-9]{2}-(0[1-9]|1[0-2])\")) { resp.sendError(400); return; }\n    List<String> parts = new ArrayList<>(List.of(\"/usr/local/bin/report\", \"--month\"));\n    parts.add(month);\n    Process p = new ProcessBuilder(parts).start();\n    resp.setContentType(\"text/csv\");\n    p.getInputStream().transferTo(resp.getOutputStream());\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd14-querystring-whois",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class WhoisServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String target = java.net.URLDecoder.decode(req.getQueryString(), \"UTF-8\");\n    Process p = Runtime.getRuntime().exec(\"whois \" + target);\n    resp.setContentType(\"text/plain\");\n    p.getInputStream().transferTo(resp.getOutputStream());\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd14-querystring-whois",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class WhoisServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String target = java.net.URLDecoder.decode(req.getQueryString(), \"UTF-8\");\n    if (!target.matches(\"[a-z0-9][a-z0-9.-]{0,252}\")) { resp.sendError(400); return; }\n    Process p = Runtime.getRuntime().exec(new String[] {\"whois\", target});\n    resp.setContentType(\"text/plain\");\n    p.getInputStream().transferTo(resp.getOutputStream());\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd15-pathvariable-docker",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\n@RestController\n@RequestMapping(\"/containers\")\npublic class ContainerController {\n  @GetMapping(\"/{id}/logs\")\n  public String logs(@PathVariable(\"id\") String id) throws IOException {\n    Process p = Runtime.getRuntime().exec(\"docker logs --tail 200 \" + id);\n    return new String(p.getInputStream().readAllBytes());\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd15-pathvariable-docker",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\n@RestController\n@RequestMapping(\"/containers\")\npublic class ContainerController {\n  @GetMapping(\"/{id}/logs\")\n  public String logs(@PathVariable(\"id\") String id) throws IOException {\n    if (!id.matches(\"[a-f0-9]{12,64}\")) throw new IllegalArgumentException(\"bad id\");\n    Process p = Runtime.getRuntime().exec(new String[] {\"docker\", \"logs\", \"--tail\", \"200\", id});\n    return new String(p.getInputStream().readAllBytes());\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd16-requestbody-ffmpeg",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\n@RestController\npublic class TranscodeController {\n  public static class Job { private String source; public String getSource() { return source; } public void setSource(String s) { source = s; } }\n  @PostMapping(\"/transcode\")\n  public String transcode(@RequestBody Job job) throws IOException {\n    String cmd = \"ffmpeg -y -i \" + job.getSource() + \" -c:v libx264 /srv/media/out.mp4\";\n    new ProcessBuilder(\"bash\", \"-c\", cmd).inheritIO().start();\n    return \"queued\";\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd16-requestbody-ffmpeg",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\n@RestController\npublic class TranscodeController {\n  public static class Job { private String source; public String getSource() { return source; } public void setSource(String s) { source = s; } }\n  @PostMapping(\"/transcode\")\n  public String transcode(@RequestBody Job job) throws IOException {\n    String src = job.getSource();\n    if (src == null || !src.startsWith(\"https://media.example.com/\")) throw new IllegalArgumentException(\"bad source\");\n    new ProcessBuilder(\"ffmpeg\", \"-y\", \"-i\", src, \"-c:v\", \"libx264\", \"/srv/media/out.mp4\").inheritIO().start();\n    return \"queued\";\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd17-multipart-filename",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\n@javax.servlet.annotation.MultipartConfig\npublic class UploadScanServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {\n    Part part = req.getPart(\"doc\");\n    String name = part.getSubmittedFileName();\n    part.write(\"/srv/incoming/\" + java.util.UUID.randomUUID());\n    Process p = Runtime.getRuntime().exec(\"clamscan --no-summary /srv/incoming/\" + name);\n    resp.getWriter().println(\"scan exit code pending\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd17-multipart-filename",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\n@javax.servlet.annotation.MultipartConfig\npublic class UploadScanServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {\n    Part part = req.getPart(\"doc\");\n    String stored = \"/srv/incoming/\" + java.util.UUID.randomUUID();\n    part.write(stored);\n    Process p = Runtime.getRuntime().exec(new String[] {\"clamscan\", \"--no-summary\", stored});\n    resp.getWriter().println(\"scan exit code pending\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd18-helper-method",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class TraceServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String out = run(\"traceroute -m 10 \" + req.getParameter(\"target\"));\n    resp.setContentType(\"text/plain\");\n    resp.getWriter().write(out);\n  }\n  private String run(String commandLine) throws IOException {\n    Process p = Runtime.getRuntime().exec(commandLine);\n    return new String(p.getInputStream().readAllBytes());\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd18-helper-method",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class TraceServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String target = req.getParameter(\"target\");\n    if (target == null || !target.matches(\"[0-9]{1,3}([.][0-9]{1,3}){3}\")) { resp.sendError(400); return; }\n    String out = run(\"traceroute\", \"-m\", \"10\", target);\n    resp.setContentType(\"text/plain\");\n    resp.getWriter().write(out);\n  }\n  private String run(String... argv) throws IOException {\n    Process p = Runtime.getRuntime().exec(argv);\n    return new String(p.getInputStream().readAllBytes());\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd19-exec-whole-param",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class AdminConsoleServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String command = req.getParameter(\"command\");\n    Process p = Runtime.getRuntime().exec(command);\n    resp.setContentType(\"text/plain\");\n    p.getInputStream().transferTo(resp.getOutputStream());\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd19-exec-whole-param",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class AdminConsoleServlet extends HttpServlet {\n  private static final Map<String, String[]> COMMANDS = Map.of(\n      \"uptime\", new String[] {\"uptime\"},\n      \"disk\", new String[] {\"df\", \"-h\"});\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String[] argv = COMMANDS.get(req.getParameter(\"command\"));\n    if (argv == null) { resp.sendError(400); return; }\n    Process p = Runtime.getRuntime().exec(argv);\n    resp.setContentType(\"text/plain\");\n    p.getInputStream().transferTo(resp.getOutputStream());\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd20-exec-envp-dir-make",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\n@RestController\npublic class BuildController {\n  @PostMapping(\"/build\")\n  public String build(@RequestParam String target) throws IOException, InterruptedException {\n    Process p = Runtime.getRuntime().exec(\"make \" + target, null, new File(\"/srv/workspace\"));\n    return \"exit=\" + p.waitFor();\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd20-exec-envp-dir-make",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\n@RestController\npublic class BuildController {\n  private static final Set<String> TARGETS = Set.of(\"all\", \"test\", \"docs\");\n  @PostMapping(\"/build\")\n  public String build(@RequestParam String target) throws IOException, InterruptedException {\n    if (!TARGETS.contains(target)) throw new IllegalArgumentException(\"unknown target\");\n    Process p = Runtime.getRuntime().exec(new String[] {\"make\", target}, null, new File(\"/srv/workspace\"));\n    return \"exit=\" + p.waitFor();\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd21-commons-exec-parse",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\nimport org.apache.commons.exec.*;\npublic class PdfServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String page = req.getParameter(\"page\");\n    CommandLine cl = CommandLine.parse(\"wkhtmltopdf https://intranet.local/\" + page + \" /tmp/page.pdf\");\n    DefaultExecutor executor = new DefaultExecutor();\n    executor.execute(cl);\n    resp.sendRedirect(\"/download/page.pdf\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd21-commons-exec-parse",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\nimport org.apache.commons.exec.*;\npublic class PdfServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String page = req.getParameter(\"page\");\n    if (page == null || !page.matches(\"[a-z0-9-]{1,64}\")) { resp.sendError(400); return; }\n    CommandLine cl = new CommandLine(\"wkhtmltopdf\");\n    cl.addArgument(\"https://intranet.local/\" + page, false);\n    cl.addArgument(\"/tmp/page.pdf\", false);\n    DefaultExecutor executor = new DefaultExecutor();\n    executor.execute(cl);\n    resp.sendRedirect(\"/download/page.pdf\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd22-environment-path",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class HookServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    ProcessBuilder pb = new ProcessBuilder(\"deploy-hook\");\n    pb.environment().put(\"PATH\", req.getParameter(\"toolPath\"));\n    pb.start();\n    resp.setStatus(202);\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd22-environment-path",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class HookServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    ProcessBuilder pb = new ProcessBuilder(\"/usr/local/bin/deploy-hook\");\n    pb.environment().put(\"PATH\", \"/usr/local/bin:/usr/bin:/bin\");\n    pb.environment().put(\"DEPLOY_ENV\", \"staging\".equals(req.getParameter(\"env\")) ? \"staging\" : \"production\");\n    pb.start();\n    resp.setStatus(202);\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "hash1-md5-password-register",
  "kind": "vuln",
  "lang": "java",
  "cwe": 916,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class RegisterServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    try {\n      MessageDigest md = MessageDigest.getInstance(\"MD5\");\n      byte[] digest = md.digest(req.getParameter(\"password\").getBytes(StandardCharsets.UTF_8));\n      String hash = java.util.HexFormat.of().formatHex(digest);\n      UserDao.insert(req.getParameter(\"email\"), hash);\n      resp.sendRedirect(\"/welcome\");\n    } catch (NoSuchAlgorithmException e) { throw new ServletException(e); }\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "hash1-md5-password-register",
  "kind": "safe",
  "lang": "java",
  "cwe": 916,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\nimport java.security.spec.KeySpec;\npublic class RegisterServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    try {\n      byte[] salt = new byte[16];\n      new SecureRandom().nextBytes(salt);\n      KeySpec spec = new PBEKeySpec(req.getParameter(\"password\").toCharArray(), salt, 310000, 256);\n      byte[] digest = SecretKeyFactory.getInstance(\"PBKDF2WithHmacSHA256\").generateSecret(spec).getEncoded();\n      String hash = Base64.getEncoder().encodeToString(salt) + \":\" + Base64.getEncoder().encodeToString(digest);\n      UserDao.insert(req.getParameter(\"email\"), hash);\n      resp.sendRedirect(\"/welcome\");\n    } catch (GeneralSecurityException e) { throw new ServletException(e); }\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "hash2-sha1-constant-reset-token",
  "kind": "vuln",
  "lang": "java",
  "cwe": 328,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class ResetTokenServlet extends HttpServlet {\n  private static final String TOKEN_DIGEST = \"SHA-1\";\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    byte[] raw = new byte[32];\n    new SecureRandom().nextBytes(raw);\n    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);\n    try {\n      byte[] stored = MessageDigest.getInstance(TOKEN_DIGEST).digest(token.getBytes(StandardCharsets.UTF_8));\n      ResetDao.save(req.getParameter(\"email\"), stored);\n      Mailer.sendReset(req.getParameter(\"email\"), token);\n    } catch (NoSuchAlgorithmException e) { throw new IOException(e); }\n    resp.setStatus(202);\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "hash2-sha1-constant-reset-token",
  "kind": "safe",
  "lang": "java",
  "cwe": 328,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class ResetTokenServlet extends HttpServlet {\n  private static final String TOKEN_DIGEST = \"SHA-256\";\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    byte[] raw = new byte[32];\n    new SecureRandom().nextBytes(raw);\n    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);\n    try {\n      byte[] stored = MessageDigest.getInstance(TOKEN_DIGEST).digest(token.getBytes(StandardCharsets.UTF_8));\n      ResetDao.save(req.getParameter(\"email\"), stored);\n      Mailer.sendReset(req.getParameter(\"email\"), token);\n    } catch (NoSuchAlgorithmException e) { throw new IOException(e); }\n    resp.setStatus(202);\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "hash3-variable-alg-apikey",
  "kind": "vuln",
  "lang": "java",
  "cwe": 328,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\n@RestController\npublic class ApiKeyController {\n  @PostMapping(\"/keys\")\n  public Map<String, String> create(@RequestParam String owner) throws NoSuchAlgorithmException {\n    String apiKey = UUID.randomUUID().toString() + UUID.randomUUID();\n    String algorithm = \"MD5\";\n    MessageDigest digest = MessageDigest.getInstance(algorithm);\n    String fingerprint = Base64.getEncoder().encodeToString(digest.digest(apiKey.getBytes(StandardCharsets.UTF_8)));\n    KeyStoreDao.save(owner, fingerprint);\n    return Map.of(\"apiKey\", apiKey);\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "hash3-variable-alg-apikey",
  "kind": "safe",
  "lang": "java",
  "cwe": 328,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\n@RestController\npublic class ApiKeyController {\n  @PostMapping(\"/keys\")\n  public Map<String, String> create(@RequestParam String owner) throws NoSuchAlgorithmException {\n    byte[] raw = new byte[32];\n    new SecureRandom().nextBytes(raw);\n    String apiKey = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);\n    String algorithm = \"SHA-256\";\n    MessageDigest digest = MessageDigest.getInstance(algorithm);\n    String fingerprint = Base64.getEncoder().encodeToString(digest.digest(apiKey.getBytes(StandardCharsets.UTF_8)));\n    KeyStoreDao.save(owner, fingerprint);\n    return Map.of(\"apiKey\", apiKey);\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "hash4-md2-provider",
  "kind": "vuln",
  "lang": "java",
  "cwe": 328,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class SignatureCheckServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    byte[] body = req.getInputStream().readAllBytes();\n    try {\n      MessageDigest md = MessageDigest.getInstance(\"MD2\", \"BC\");\n      byte[] expected = Base64.getDecoder().decode(req.getHeader(\"X-Body-Digest\"));\n      if (!MessageDigest.isEqual(md.digest(body), expected)) { resp.sendError(400, \"digest mismatch\"); return; }\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n    resp.setStatus(204);\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "hash4-md2-provider",
  "kind": "safe",
  "lang": "java",
  "cwe": 328,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class SignatureCheckServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    byte[] body = req.getInputStream().readAllBytes();\n    try {\n      MessageDigest md = MessageDigest.getInstance(\"SHA-256\", \"BC\");\n      byte[] expected = Base64.getDecoder().decode(req.getHeader(\"X-Body-Digest\"));\n      if (!MessageDigest.isEqual(md.digest(body), expected)) { resp.sendError(400, \"digest mismatch\"); return; }\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n    resp.setStatus(204);\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cipher1-des-cbc-cookie",
  "kind": "vuln",
  "lang": "java",
  "cwe": 327,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class PrefsCookieServlet extends HttpServlet {\n  private SecretKey key;\n  public void init() { key = KeyVault.load(\"DES\"); }\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    byte[] plain = req.getParameter(\"prefs\").getBytes(StandardCharsets.UTF_8);\n    try {\n      Cipher cipher = Cipher.getInstance(\"DES/CBC/PKCS5Padding\");\n      cipher.init(Cipher.ENCRYPT_MODE, key);\n      byte[] out = cipher.doFinal(plain);\n      resp.addCookie(new Cookie(\"prefs\", Base64.getUrlEncoder().encodeToString(out)));\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cipher1-des-cbc-cookie",
  "kind": "safe",
  "lang": "java",
  "cwe": 327,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class PrefsCookieServlet extends HttpServlet {\n  private SecretKey key;\n  public void init() { key = KeyVault.load(\"AES\"); }\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    byte[] plain = req.getParameter(\"prefs\").getBytes(StandardCharsets.UTF_8);\n    try {\n    byte[] iv = new byte[12];\n    new SecureRandom().nextBytes(iv);\n    Cipher cipher = Cipher.getInstance(\"AES/GCM/NoPadding\");\n    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));\n    byte[] ct = cipher.doFinal(plain);\n    byte[] out = new byte[iv.length + ct.length];\n    System.arraycopy(iv, 0, out, 0, iv.length);\n    System.arraycopy(ct, 0, out, iv.length, ct.length);\n      Cookie c = new Cookie(\"prefs\", Base64.getUrlEncoder().encodeToString(out));\n      c.setSecure(true);\n      c.setHttpOnly(true);\n      resp.addCookie(c);\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cipher2-desede-ecb",
  "kind": "vuln",
  "lang": "java",
  "cwe": 327,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class PrefsCookieServlet extends HttpServlet {\n  private SecretKey key;\n  public void init() { key = KeyVault.load(\"DESede\"); }\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    byte[] plain = req.getParameter(\"prefs\").getBytes(StandardCharsets.UTF_8);\n    try {\n      Cipher cipher = Cipher.getInstance(\"DESede/ECB/PKCS5Padding\");\n      cipher.init(Cipher.ENCRYPT_MODE, key);\n      byte[] out = cipher.doFinal(plain);\n      resp.addCookie(new Cookie(\"prefs\", Base64.getUrlEncoder().encodeToString(out)));\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cipher2-desede-ecb",
  "kind": "safe",
  "lang": "java",
  "cwe": 327,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class PrefsCookieServlet extends HttpServlet {\n  private SecretKey key;\n  public void init() { key = KeyVault.load(\"AES\"); }\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    byte[] plain = req.getParameter(\"prefs\").getBytes(StandardCharsets.UTF_8);\n    try {\n    byte[] iv = new byte[12];\n    new SecureRandom().nextBytes(iv);\n    Cipher cipher = Cipher.getInstance(\"AES/GCM/NoPadding\");\n    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));\n    byte[] ct = cipher.doFinal(plain);\n    byte[] out = new byte[iv.length + ct.length];\n    System.arraycopy(iv, 0, out, 0, iv.length);\n    System.arraycopy(ct, 0, out, iv.length, ct.length);\n      Cookie c = new Cookie(\"prefs\", Base64.getUrlEncoder().encodeToString(out));\n      c.setSecure(true);\n      c.setHttpOnly(true);\n      resp.addCookie(c);\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cipher3-aes-default-ecb",
  "kind": "vuln",
  "lang": "java",
  "cwe": 327,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class PrefsCookieServlet extends HttpServlet {\n  private SecretKey key;\n  public void init() { key = KeyVault.load(\"AES\"); }\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    byte[] plain = req.getParameter(\"prefs\").getBytes(StandardCharsets.UTF_8);\n    try {\n      Cipher cipher = Cipher.getInstance(\"AES\");\n      cipher.init(Cipher.ENCRYPT_MODE, key);\n      byte[] out = cipher.doFinal(plain);\n      resp.addCookie(new Cookie(\"prefs\", Base64.getUrlEncoder().encodeToString(out)));\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cipher3-aes-default-ecb",
  "kind": "safe",
  "lang": "java",
  "cwe": 327,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class PrefsCookieServlet extends HttpServlet {\n  private SecretKey key;\n  public void init() { key = KeyVault.load(\"AES\"); }\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    byte[] plain = req.getParameter(\"prefs\").getBytes(StandardCharsets.UTF_8);\n    try {\n    byte[] iv = new byte[12];\n    new SecureRandom().nextBytes(iv);\n    Cipher cipher = Cipher.getInstance(\"AES/GCM/NoPadding\");\n    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));\n    byte[] ct = cipher.doFinal(plain);\n    byte[] out = new byte[iv.length + ct.length];\n    System.arraycopy(iv, 0, out, 0, iv.length);\n    System.arraycopy(ct, 0, out, iv.length, ct.length);\n      Cookie c = new Cookie(\"prefs\", Base64.getUrlEncoder().encodeToString(out));\n      c.setSecure(true);\n      c.setHttpOnly(true);\n      resp.addCookie(c);\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cipher4-rc4-variable",
  "kind": "vuln",
  "lang": "java",
  "cwe": 327,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class PrefsCookieServlet extends HttpServlet {\n  private SecretKey key;\n  public void init() { key = KeyVault.load(\"RC4\"); }\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    byte[] plain = req.getParameter(\"prefs\").getBytes(StandardCharsets.UTF_8);\n    try {\n      String transformation = \"RC4\";\n      Cipher cipher = Cipher.getInstance(transformation);\n      cipher.init(Cipher.ENCRYPT_MODE, key);\n      byte[] out = cipher.doFinal(plain);\n      resp.addCookie(new Cookie(\"prefs\", Base64.getUrlEncoder().encodeToString(out)));\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cipher4-rc4-variable",
  "kind": "safe",
  "lang": "java",
  "cwe": 327,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class PrefsCookieServlet extends HttpServlet {\n  private SecretKey key;\n  public void init() { key = KeyVault.load(\"AES\"); }\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    byte[] plain = req.getParameter(\"prefs\").getBytes(StandardCharsets.UTF_8);\n    try {\n    byte[] iv = new byte[12];\n    new SecureRandom().nextBytes(iv);\n    Cipher cipher = Cipher.getInstance(\"AES/GCM/NoPadding\");\n    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));\n    byte[] ct = cipher.doFinal(plain);\n    byte[] out = new byte[iv.length + ct.length];\n    System.arraycopy(iv, 0, out, 0, iv.length);\n    System.arraycopy(ct, 0, out, iv.length, ct.length);\n      Cookie c = new Cookie(\"prefs\", Base64.getUrlEncoder().encodeToString(out));\n      c.setSecure(true);\n      c.setHttpOnly(true);\n      resp.addCookie(c);\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cipher5-aes-ecb-spring-ssn",
  "kind": "vuln",
  "lang": "java",
  "cwe": 327,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\n@RestController\npublic class ProfileController {\n  private final SecretKeySpec key = new SecretKeySpec(KeyVault.bytes(\"profile\"), \"AES\");\n  @PostMapping(\"/profile/ssn\")\n  public String storeSsn(@RequestParam String ssn) throws GeneralSecurityException {\n    Cipher c = Cipher.getInstance(\"AES/ECB/PKCS5Padding\");\n    c.init(Cipher.ENCRYPT_MODE, key);\n    ProfileDao.saveSsn(Base64.getEncoder().encodeToString(c.doFinal(ssn.getBytes(StandardCharsets.UTF_8))));\n    return \"saved\";\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cipher5-aes-ecb-spring-ssn",
  "kind": "safe",
  "lang": "java",
  "cwe": 327,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\n@RestController\npublic class ProfileController {\n  private final SecretKeySpec key = new SecretKeySpec(KeyVault.bytes(\"profile\"), \"AES\");\n  @PostMapping(\"/profile/ssn\")\n  public String storeSsn(@RequestParam String ssn) throws GeneralSecurityException {\n    byte[] iv = new byte[12];\n    new SecureRandom().nextBytes(iv);\n    Cipher c = Cipher.getInstance(\"AES/GCM/NoPadding\");\n    c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));\n    ProfileDao.saveSsn(Base64.getEncoder().encodeToString(iv) + \".\" + Base64.getEncoder().encodeToString(c.doFinal(ssn.getBytes(StandardCharsets.UTF_8))));\n    return \"saved\";\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cipher6-blowfish-jaxrs",
  "kind": "vuln",
  "lang": "java",
  "cwe": 327,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\n@Path(\"/notes\")\npublic class NoteResource {\n  private static final SecretKeySpec KEY = new SecretKeySpec(KeyVault.bytes(\"notes\"), \"Blowfish\");\n  @POST\n  @Consumes(MediaType.TEXT_PLAIN)\n  public Response save(String note) throws GeneralSecurityException {\n    Cipher c = Cipher.getInstance(\"Blowfish/CBC/PKCS5Padding\");\n    c.init(Cipher.ENCRYPT_MODE, KEY);\n    NoteDao.save(c.getIV(), c.doFinal(note.getBytes(StandardCharsets.UTF_8)));\n    return Response.noContent().build();\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cipher6-blowfish-jaxrs",
  "kind": "safe",
  "lang": "java",
  "cwe": 327,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\n@Path(\"/notes\")\npublic class NoteResource {\n  private static final SecretKeySpec KEY = new SecretKeySpec(KeyVault.bytes(\"notes\"), \"AES\");\n  @POST\n  @Consumes(MediaType.TEXT_PLAIN)\n  public Response save(String note) throws GeneralSecurityException {\n    byte[] iv = new byte[12];\n    new SecureRandom().nextBytes(iv);\n    Cipher c = Cipher.getInstance(\"AES/GCM/NoPadding\");\n    c.init(Cipher.ENCRYPT_MODE, KEY, new GCMParameterSpec(128, iv));\n    NoteDao.save(iv, c.doFinal(note.getBytes(StandardCharsets.UTF_8)));\n    return Response.noContent().build();\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cipher7-rc2-servlet",
  "kind": "vuln",
  "lang": "java",
  "cwe": 327,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class ExportServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    try {\n      Cipher c = Cipher.getInstance(\"RC2/CBC/PKCS5Padding\");\n      c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KeyVault.bytes(\"export\"), \"RC2\"));\n      byte[] data = ExportDao.dump(req.getParameter(\"account\"));\n      resp.setContentType(\"application/octet-stream\");\n      resp.getOutputStream().write(c.getIV());\n      resp.getOutputStream().write(c.doFinal(data));\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cipher7-rc2-servlet",
  "kind": "safe",
  "lang": "java",
  "cwe": 327,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class ExportServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    try {\n      byte[] iv = new byte[12];\n      new SecureRandom().nextBytes(iv);\n      Cipher c = Cipher.getInstance(\"AES/GCM/NoPadding\");\n      c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KeyVault.bytes(\"export\"), \"AES\"), new GCMParameterSpec(128, iv));\n      byte[] data = ExportDao.dump(req.getParameter(\"account\"));\n      resp.setContentType(\"application/octet-stream\");\n      resp.getOutputStream().write(iv);\n      resp.getOutputStream().write(c.doFinal(data));\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cipher8-cbc-static-iv",
  "kind": "vuln",
  "lang": "java",
  "cwe": 329,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\n@RestController\npublic class TokenController {\n  private static final byte[] IV = new byte[16];\n  private final SecretKeySpec key = new SecretKeySpec(KeyVault.bytes(\"token\"), \"AES\");\n  @GetMapping(\"/token\")\n  public String token(@RequestParam String userId) throws GeneralSecurityException {\n    Cipher c = Cipher.getInstance(\"AES/CBC/PKCS5Padding\");\n    c.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(IV));\n    return Base64.getUrlEncoder().encodeToString(c.doFinal(userId.getBytes(StandardCharsets.UTF_8)));\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cipher8-cbc-static-iv",
  "kind": "safe",
  "lang": "java",
  "cwe": 329,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\n@RestController\npublic class TokenController {\n  private final SecretKeySpec key = new SecretKeySpec(KeyVault.bytes(\"token\"), \"AES\");\n  @GetMapping(\"/token\")\n  public String token(@RequestParam String userId) throws GeneralSecurityException {\n    byte[] iv = new byte[12];\n    new SecureRandom().nextBytes(iv);\n    Cipher c = Cipher.getInstance(\"AES/GCM/NoPadding\");\n    c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));\n    byte[] ct = c.doFinal(userId.getBytes(StandardCharsets.UTF_8));\n    return Base64.getUrlEncoder().encodeToString(iv) + \".\" + Base64.getUrlEncoder().encodeToString(ct);\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "key1-rsa-1024",
  "kind": "vuln",
  "lang": "java",
  "cwe": 326,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\n@RestController\npublic class DeviceKeyController {\n  @PostMapping(\"/devices/{id}/keys\")\n  public String issue(@PathVariable String id) throws GeneralSecurityException {\n    KeyPairGenerator kpg = KeyPairGenerator.getInstance(\"RSA\");\n    kpg.initialize(1024);\n    KeyPair kp = kpg.generateKeyPair();\n    DeviceDao.saveKey(id, kp.getPrivate().getEncoded());\n    return Base64.getEncoder().encodeToString(kp.getPublic().getEncoded());\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "key1-rsa-1024",
  "kind": "safe",
  "lang": "java",
  "cwe": 326,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\n@RestController\npublic class DeviceKeyController {\n  @PostMapping(\"/devices/{id}/keys\")\n  public String issue(@PathVariable String id) throws GeneralSecurityException {\n    KeyPairGenerator kpg = KeyPairGenerator.getInstance(\"RSA\");\n    kpg.initialize(3072);\n    KeyPair kp = kpg.generateKeyPair();\n    DeviceDao.saveKey(id, kp.getPrivate().getEncoded());\n    return Base64.getEncoder().encodeToString(kp.getPublic().getEncoded());\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "key2-keygen-des",
  "kind": "vuln",
  "lang": "java",
  "cwe": 327,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class SessionKeyServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    try {\n      KeyGenerator kg = KeyGenerator.getInstance(\"DES\");\n      SecretKey k = kg.generateKey();\n      req.getSession().setAttribute(\"wrapKeyId\", KeyVault.store(k));\n      resp.setStatus(201);\n    } catch (NoSuchAlgorithmException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "key2-keygen-des",
  "kind": "safe",
  "lang": "java",
  "cwe": 327,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class SessionKeyServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    try {\n      KeyGenerator kg = KeyGenerator.getInstance(\"AES\");\n      kg.init(256);\n      SecretKey k = kg.generateKey();\n      req.getSession().setAttribute(\"wrapKeyId\", KeyVault.store(k));\n      resp.setStatus(201);\n    } catch (NoSuchAlgorithmException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "kdf1-pbkdf2-1000-iterations",
  "kind": "vuln",
  "lang": "java",
  "cwe": 916,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\nimport java.security.spec.KeySpec;\n@RestController\npublic class SignupController {\n  @PostMapping(\"/signup\")\n  public String signup(@RequestParam String email, @RequestParam String password) throws GeneralSecurityException {\n    byte[] salt = new byte[16];\n    new SecureRandom().nextBytes(salt);\n    KeySpec spec = new PBEKeySpec(password.toCharArray(), salt, 1000, 256);\n    byte[] hash = SecretKeyFactory.getInstance(\"PBKDF2WithHmacSHA256\").generateSecret(spec).getEncoded();\n    UserDao.insert(email, salt, hash);\n    return \"ok\";\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "kdf1-pbkdf2-1000-iterations",
  "kind": "safe",
  "lang": "java",
  "cwe": 916,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\nimport java.security.spec.KeySpec;\n@RestController\npublic class SignupController {\n  @PostMapping(\"/signup\")\n  public String signup(@RequestParam String email, @RequestParam String password) throws GeneralSecurityException {\n    byte[] salt = new byte[16];\n    new SecureRandom().nextBytes(salt);\n    KeySpec spec = new PBEKeySpec(password.toCharArray(), salt, 600000, 256);\n    byte[] hash = SecretKeyFactory.getInstance(\"PBKDF2WithHmacSHA256\").generateSecret(spec).getEncoded();\n    UserDao.insert(email, salt, hash);\n    return \"ok\";\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "kdf2-secretkeyspec-from-password",
  "kind": "vuln",
  "lang": "java",
  "cwe": 916,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class VaultServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String passphrase = req.getParameter(\"passphrase\");\n    byte[] keyBytes = Arrays.copyOf(passphrase.getBytes(StandardCharsets.UTF_8), 16);\n    SecretKeySpec key = new SecretKeySpec(keyBytes, \"AES\");\n    try {\n      byte[] plain = req.getParameter(\"secret\").getBytes(StandardCharsets.UTF_8);\n    byte[] iv = new byte[12];\n    new SecureRandom().nextBytes(iv);\n    Cipher cipher = Cipher.getInstance(\"AES/GCM/NoPadding\");\n    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));\n    byte[] ct = cipher.doFinal(plain);\n    byte[] out = new byte[iv.length + ct.length];\n    System.arraycopy(iv, 0, out, 0, iv.length);\n    System.arraycopy(ct, 0, out, iv.length, ct.length);\n      VaultDao.save(req.getRemoteUser(), out);\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "kdf2-secretkeyspec-from-password",
  "kind": "safe",
  "lang": "java",
  "cwe": 916,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class VaultServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String passphrase = req.getParameter(\"passphrase\");\n    try {\n      byte[] salt = new byte[16];\n      new SecureRandom().nextBytes(salt);\n      PBEKeySpec spec = new PBEKeySpec(passphrase.toCharArray(), salt, 600000, 256);\n      SecretKeySpec key = new SecretKeySpec(SecretKeyFactory.getInstance(\"PBKDF2WithHmacSHA256\").generateSecret(spec).getEncoded(), \"AES\");\n      byte[] plain = req.getParameter(\"secret\").getBytes(StandardCharsets.UTF_8);\n    byte[] iv = new byte[12];\n    new SecureRandom().nextBytes(iv);\n    Cipher cipher = Cipher.getInstance(\"AES/GCM/NoPadding\");\n    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));\n    byte[] ct = cipher.doFinal(plain);\n    byte[] out = new byte[iv.length + ct.length];\n    System.arraycopy(iv, 0, out, 0, iv.length);\n    System.arraycopy(ct, 0, out, iv.length, ct.length);\n      VaultDao.save(req.getRemoteUser(), salt, out);\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "hash5-commons-md5hex-password",
  "kind": "vuln",
  "lang": "java",
  "cwe": 916,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\nimport org.apache.commons.codec.digest.DigestUtils;\n@RestController\npublic class LoginController {\n  @PostMapping(\"/login\")\n  public String login(@RequestParam String user, @RequestParam String pass) {\n    String stored = UserDao.passwordHash(user);\n    if (stored != null && stored.equals(DigestUtils.md5Hex(pass))) return \"welcome\";\n    return \"denied\";\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "hash5-commons-md5hex-password",
  "kind": "safe",
  "lang": "java",
  "cwe": 916,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\nimport org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;\n@RestController\npublic class LoginController {\n  private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(12);\n  @PostMapping(\"/login\")\n  public String login(@RequestParam String user, @RequestParam String pass) {\n    String stored = UserDao.passwordHash(user);\n    if (stored != null && encoder.matches(pass, stored)) return \"welcome\";\n    return \"denied\";\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "hash6-spring-md-encoder-sha1",
  "kind": "vuln",
  "lang": "java",
  "cwe": 916,
  "code": "import org.springframework.context.annotation.*;\nimport org.springframework.security.crypto.password.*;\n@Configuration\npublic class SecurityConfig {\n  @Bean\n  public PasswordEncoder passwordEncoder() {\n    return new MessageDigestPasswordEncoder(\"SHA-1\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "hash6-spring-md-encoder-sha1",
  "kind": "safe",
  "lang": "java",
  "cwe": 916,
  "code": "import org.springframework.context.annotation.*;\nimport org.springframework.security.crypto.password.*;\nimport org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;\n@Configuration\npublic class SecurityConfig {\n  @Bean\n  public PasswordEncoder passwordEncoder() {\n    return new BCryptPasswordEncoder(12);\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "hash7-guava-md5-password",
  "kind": "vuln",
  "lang": "java",
  "cwe": 916,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\nimport com.google.common.hash.Hashing;\npublic class ChangePasswordServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String newPassword = req.getParameter(\"newPassword\");\n    String hashed = Hashing.md5().hashString(newPassword, java.nio.charset.StandardCharsets.UTF_8).toString();\n    UserDao.updatePassword(req.getRemoteUser(), hashed);\n    resp.sendRedirect(\"/account\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "hash7-guava-md5-password",
  "kind": "safe",
  "lang": "java",
  "cwe": 916,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\nimport org.springframework.security.crypto.argon2.Argon2PasswordEncoder;\npublic class ChangePasswordServlet extends HttpServlet {\n  private final Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String newPassword = req.getParameter(\"newPassword\");\n    String hashed = encoder.encode(newPassword);\n    UserDao.updatePassword(req.getRemoteUser(), hashed);\n    resp.sendRedirect(\"/account\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "hash8-sha256-unsalted-password",
  "kind": "vuln",
  "lang": "java",
  "cwe": 916,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\n@RestController\npublic class AccountController {\n  @PostMapping(\"/accounts\")\n  public String create(@RequestParam String username, @RequestParam String password) throws NoSuchAlgorithmException {\n    MessageDigest sha = MessageDigest.getInstance(\"SHA-256\");\n    String passwordHash = Base64.getEncoder().encodeToString(sha.digest(password.getBytes(StandardCharsets.UTF_8)));\n    AccountDao.create(username, passwordHash);\n    return \"created\";\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "hash8-sha256-unsalted-password",
  "kind": "safe",
  "lang": "java",
  "cwe": 916,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\nimport org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;\n@RestController\npublic class AccountController {\n  private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();\n  @PostMapping(\"/accounts\")\n  public String create(@RequestParam String username, @RequestParam String password) {\n    String passwordHash = encoder.encode(password);\n    AccountDao.create(username, passwordHash);\n    return \"created\";\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cipher9-pbe-md5-des",
  "kind": "vuln",
  "lang": "java",
  "cwe": 327,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class BackupEncryptServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    char[] pass = req.getParameter(\"passphrase\").toCharArray();\n    try {\n      byte[] salt = new byte[8];\n      new SecureRandom().nextBytes(salt);\n      SecretKey key = SecretKeyFactory.getInstance(\"PBEWithMD5AndDES\").generateSecret(new PBEKeySpec(pass));\n      Cipher c = Cipher.getInstance(\"PBEWithMD5AndDES\");\n      c.init(Cipher.ENCRYPT_MODE, key, new PBEParameterSpec(salt, 100000));\n      resp.getOutputStream().write(c.doFinal(req.getInputStream().readAllBytes()));\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cipher9-pbe-md5-des",
  "kind": "safe",
  "lang": "java",
  "cwe": 327,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class BackupEncryptServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    char[] pass = req.getParameter(\"passphrase\").toCharArray();\n    try {\n      byte[] salt = new byte[16];\n      new SecureRandom().nextBytes(salt);\n      byte[] kb = SecretKeyFactory.getInstance(\"PBKDF2WithHmacSHA256\").generateSecret(new PBEKeySpec(pass, salt, 600000, 256)).getEncoded();\n      SecretKeySpec key = new SecretKeySpec(kb, \"AES\");\n      byte[] plain = req.getInputStream().readAllBytes();\n    byte[] iv = new byte[12];\n    new SecureRandom().nextBytes(iv);\n    Cipher cipher = Cipher.getInstance(\"AES/GCM/NoPadding\");\n    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));\n    byte[] ct = cipher.doFinal(plain);\n    byte[] out = new byte[iv.length + ct.length];\n    System.arraycopy(iv, 0, out, 0, iv.length);\n    System.arraycopy(ct, 0, out, iv.length, ct.length);\n      resp.getOutputStream().write(salt);\n      resp.getOutputStream().write(out);\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "hash9-md5-upload-integrity",
  "kind": "vuln",
  "lang": "java",
  "cwe": 328,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\nimport org.springframework.web.multipart.MultipartFile;\n@RestController\npublic class FirmwareController {\n  @PostMapping(\"/firmware\")\n  public String upload(@RequestParam(\"image\") MultipartFile image, @RequestParam(\"checksum\") String checksum) throws Exception {\n    byte[] digest = MessageDigest.getInstance(\"MD5\").digest(image.getBytes());\n    if (!java.util.HexFormat.of().formatHex(digest).equalsIgnoreCase(checksum)) return \"checksum mismatch\";\n    FirmwareStore.install(image.getBytes());\n    return \"installed\";\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "hash9-md5-upload-integrity",
  "kind": "safe",
  "lang": "java",
  "cwe": 328,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\nimport org.springframework.web.multipart.MultipartFile;\n@RestController\npublic class FirmwareController {\n  @PostMapping(\"/firmware\")\n  public String upload(@RequestParam(\"image\") MultipartFile image, @RequestParam(\"checksum\") String checksum) throws Exception {\n    byte[] digest = MessageDigest.getInstance(\"SHA-256\").digest(image.getBytes());\n    if (!java.util.HexFormat.of().formatHex(digest).equalsIgnoreCase(checksum)) return \"checksum mismatch\";\n    FirmwareStore.install(image.getBytes());\n    return \"installed\";\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "key3-dsa-512-keypair",
  "kind": "vuln",
  "lang": "java",
  "cwe": 326,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class SigningKeyServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    try {\n      KeyPairGenerator gen = KeyPairGenerator.getInstance(\"DSA\");\n      gen.initialize(512, new SecureRandom());\n      KeyPair pair = gen.generateKeyPair();\n      KeyDao.store(req.getRemoteUser(), pair);\n      resp.getOutputStream().write(pair.getPublic().getEncoded());\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "key3-dsa-512-keypair",
  "kind": "safe",
  "lang": "java",
  "cwe": 326,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\nimport java.security.spec.ECGenParameterSpec;\npublic class SigningKeyServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    try {\n      KeyPairGenerator gen = KeyPairGenerator.getInstance(\"EC\");\n      gen.initialize(new ECGenParameterSpec(\"secp256r1\"), new SecureRandom());\n      KeyPair pair = gen.generateKeyPair();\n      KeyDao.store(req.getRemoteUser(), pair);\n      resp.getOutputStream().write(pair.getPublic().getEncoded());\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb1-param-user-session",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class LoginServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String user = req.getParameter(\"username\");\n    HttpSession session = req.getSession(true);\n    session.setAttribute(\"currentUser\", user);\n    resp.sendRedirect(\"/dashboard\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb1-param-user-session",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class LoginServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    User user = UserService.authenticate(req.getParameter(\"username\"), req.getParameter(\"password\"));\n    if (user == null) { resp.sendError(401); return; }\n    req.changeSessionId();\n    HttpSession session = req.getSession(true);\n    session.setAttribute(\"currentUser\", user.getId());\n    resp.sendRedirect(\"/dashboard\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb2-header-role",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class RoleFilterServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String role = req.getHeader(\"X-User-Role\");\n    if (role != null) req.getSession().setAttribute(\"role\", role);\n    resp.sendRedirect(\"/home\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb2-header-role",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class RoleFilterServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String role = req.isUserInRole(\"admin\") ? \"admin\" : \"user\";\n    req.getSession().setAttribute(\"role\", role);\n    resp.sendRedirect(\"/home\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb3-cookie-tenant",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class TenantServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    Cookie[] cookies = req.getCookies();\n    if (cookies != null) for (Cookie c : cookies) {\n      if (c.getName().equals(\"tenant\")) req.getSession().setAttribute(\"tenantId\", c.getValue());\n    }\n    resp.sendRedirect(\"/app\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb3-cookie-tenant",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class TenantServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String tenant = TenantService.defaultTenantFor(req.getRemoteUser());\n    req.getSession().setAttribute(\"tenantId\", tenant);\n    resp.sendRedirect(\"/app\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb4-parammap-loop",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class PrefsServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    HttpSession s = req.getSession();\n    for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {\n      s.setAttribute(\"pref.\" + e.getKey(), e.getValue()[0]);\n    }\n    resp.setStatus(204);\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb4-parammap-loop",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class PrefsServlet extends HttpServlet {\n  private static final Set<String> THEMES = Set.of(\"light\", \"dark\", \"contrast\");\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    HttpSession s = req.getSession();\n    String theme = req.getParameter(\"theme\");\n    if (THEMES.contains(theme)) s.setAttribute(\"pref.theme\", theme);\n    resp.setStatus(204);\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb5-putvalue-cart",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class CartServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String price = req.getParameter(\"price\");\n    req.getSession().putValue(\"cartPrice\", price);\n    resp.sendRedirect(\"/checkout\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb5-putvalue-cart",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class CartServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String sku = req.getParameter(\"sku\");\n    java.math.BigDecimal price = Catalog.priceOf(sku);\n    if (price == null) { resp.sendError(404); return; }\n    req.getSession().putValue(\"cartPrice\", price);\n    resp.sendRedirect(\"/checkout\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb6-servlet-context-motd",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class MotdServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    getServletContext().setAttribute(\"motd\", req.getParameter(\"message\"));\n    resp.sendRedirect(\"/\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb6-servlet-context-motd",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class MotdServlet extends HttpServlet {\n  private static final Map<String, String> MESSAGES = Map.of(\"maint\", \"Maintenance tonight at 22:00\", \"none\", \"\");\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String msg = MESSAGES.get(req.getParameter(\"message\"));\n    if (msg == null) { resp.sendError(400); return; }\n    getServletContext().setAttribute(\"motd\", msg);\n    resp.sendRedirect(\"/\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb7-spring-locale-session",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\nimport javax.servlet.http.HttpSession;\n@RestController\npublic class LocaleController {\n  @PostMapping(\"/locale\")\n  public String setLocale(@RequestParam(\"lang\") String lang, HttpSession session) {\n    session.setAttribute(\"userLocale\", lang);\n    return \"ok\";\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb7-spring-locale-session",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\nimport javax.servlet.http.HttpSession;\n@RestController\npublic class LocaleController {\n  private static final Set<String> SUPPORTED = Set.of(\"en\", \"de\", \"fr\", \"ja\");\n  @PostMapping(\"/locale\")\n  public String setLocale(@RequestParam(\"lang\") String lang, HttpSession session) {\n    if (!SUPPORTED.contains(lang)) return \"unsupported\";\n    session.setAttribute(\"userLocale\", lang);\n    return \"ok\";\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb8-jaxrs-formparam-coupon",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.*;\n\nimport javax.servlet.http.HttpServletRequest;\n@Path(\"/checkout\")\npublic class CouponResource {\n  @Context HttpServletRequest request;\n  @POST\n  @Path(\"/coupon\")\n  public Response apply(@FormParam(\"coupon\") String coupon) {\n    request.getSession().setAttribute(\"coupon\", coupon);\n    return Response.ok().build();\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb8-jaxrs-formparam-coupon",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.*;\n\nimport javax.servlet.http.HttpServletRequest;\n@Path(\"/checkout\")\npublic class CouponResource {\n  @Context HttpServletRequest request;\n  @POST\n  @Path(\"/coupon\")\n  public Response apply(@FormParam(\"coupon\") String coupon) {\n    Coupon valid = CouponService.lookupActive(coupon);\n    if (valid == null) return Response.status(400).build();\n    request.getSession().setAttribute(\"coupon\", valid.getId());\n    return Response.ok().build();\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb9-app-cache-map",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class FeatureFlagServlet extends HttpServlet {\n  @SuppressWarnings(\"unchecked\")\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    Map<String, String> flags = (Map<String, String>) getServletContext().getAttribute(\"featureFlags\");\n    flags.put(req.getParameter(\"flag\"), req.getParameter(\"value\"));\n    resp.setStatus(204);\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb9-app-cache-map",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class FeatureFlagServlet extends HttpServlet {\n  private static final Set<String> FLAGS = Set.of(\"newCheckout\", \"darkMode\");\n  @SuppressWarnings(\"unchecked\")\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    if (!req.isUserInRole(\"admin\")) { resp.sendError(403); return; }\n    String flag = req.getParameter(\"flag\");\n    if (!FLAGS.contains(flag)) { resp.sendError(400); return; }\n    Map<String, Boolean> flags = (Map<String, Boolean>) getServletContext().getAttribute(\"featureFlags\");\n    flags.put(flag, Boolean.parseBoolean(req.getParameter(\"value\")));\n    resp.setStatus(204);\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb10-xff-client-ip",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class AuditServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String ip = req.getHeader(\"X-Forwarded-For\");\n    req.getSession().setAttribute(\"clientIp\", ip);\n    resp.sendRedirect(\"/portal\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb10-xff-client-ip",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class AuditServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String ip = req.getRemoteAddr();\n    req.getSession().setAttribute(\"clientIp\", ip);\n    resp.sendRedirect(\"/portal\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb11-json-body-userid",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\nimport com.fasterxml.jackson.databind.*;\npublic class SwitchAccountServlet extends HttpServlet {\n  private final ObjectMapper mapper = new ObjectMapper();\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    JsonNode body = mapper.readTree(req.getReader());\n    String accountId = body.get(\"accountId\").asText();\n    req.getSession().setAttribute(\"activeAccount\", accountId);\n    resp.setStatus(204);\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb11-json-body-userid",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\nimport com.fasterxml.jackson.databind.*;\npublic class SwitchAccountServlet extends HttpServlet {\n  private final ObjectMapper mapper = new ObjectMapper();\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    JsonNode body = mapper.readTree(req.getReader());\n    Account account = AccountService.findOwnedBy(req.getRemoteUser(), body.get(\"accountId\").asText());\n    if (account == null) { resp.sendError(403); return; }\n    req.getSession().setAttribute(\"activeAccount\", account.getId());\n    resp.setStatus(204);\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb12-admin-header-boolean",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\nimport javax.servlet.http.HttpSession;\n@RestController\npublic class ModeController {\n  @GetMapping(\"/mode\")\n  public String mode(@RequestHeader(value = \"X-Admin-Mode\", defaultValue = \"false\") String adminMode, HttpSession session) {\n    session.setAttribute(\"isAdmin\", Boolean.parseBoolean(adminMode));\n    return \"ok\";\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb12-admin-header-boolean",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\nimport javax.servlet.http.HttpServletRequest;\nimport javax.servlet.http.HttpSession;\n@RestController\npublic class ModeController {\n  @GetMapping(\"/mode\")\n  public String mode(HttpServletRequest request, HttpSession session) {\n    session.setAttribute(\"isAdmin\", request.isUserInRole(\"ADMIN\"));\n    return \"ok\";\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb13-pathinfo-project",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class ProjectServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String project = req.getPathInfo().substring(1);\n    req.getSession().setAttribute(\"currentProject\", project);\n    resp.sendRedirect(\"/board\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb13-pathinfo-project",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class ProjectServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    Project project = ProjectService.findForMember(req.getRemoteUser(), req.getPathInfo().substring(1));\n    if (project == null) { resp.sendError(404); return; }\n    req.getSession().setAttribute(\"currentProject\", project.getKey());\n    resp.sendRedirect(\"/board\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb14-helper-store",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class WizardServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    remember(req.getSession(), \"shippingCountry\", req.getParameter(\"country\"));\n    resp.sendRedirect(\"/wizard/step2\");\n  }\n  private void remember(HttpSession session, String key, String value) {\n    session.setAttribute(key, value);\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb14-helper-store",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class WizardServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String country = req.getParameter(\"country\");\n    if (country == null || !country.matches(\"[A-Z]{2}\")) { resp.sendError(400); return; }\n    remember(req.getSession(), \"shippingCountry\", country);\n    resp.sendRedirect(\"/wizard/step2\");\n  }\n  private void remember(HttpSession session, String key, String value) {\n    session.setAttribute(key, value);\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb15-stringbuilder-breadcrumb",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class BrowseServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    HttpSession session = req.getSession();\n    StringBuilder trail = new StringBuilder(String.valueOf(session.getAttribute(\"trail\")));\n    trail.append(\" > \").append(req.getParameter(\"category\"));\n    session.setAttribute(\"trail\", trail.toString());\n    resp.sendRedirect(\"/browse\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb15-stringbuilder-breadcrumb",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class BrowseServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    HttpSession session = req.getSession();\n    int categoryId = Integer.parseInt(req.getParameter(\"category\"));\n    StringBuilder trail = new StringBuilder(String.valueOf(session.getAttribute(\"trail\")));\n    trail.append(\" > \").append(categoryId);\n    session.setAttribute(\"trail\", trail.toString());\n    resp.sendRedirect(\"/browse\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb16-header-enum-referrer",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class LandingServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    Enumeration<String> refs = req.getHeaders(\"Referer\");\n    if (refs.hasMoreElements()) req.getSession().setAttribute(\"campaignSource\", refs.nextElement());\n    resp.sendRedirect(\"/\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "tb16-header-enum-referrer",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class LandingServlet extends HttpServlet {\n  private static final Set<String> CAMPAIGNS = Set.of(\"newsletter\", \"partner\", \"social\");\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String src = req.getParameter(\"utm_source\");\n    req.getSession().setAttribute(\"campaignSource\", CAMPAIGNS.contains(src) ? src : \"direct\");\n    resp.sendRedirect(\"/\");\n  }\n}\n",
  "wave": 1
 },
 {
  "name": "cmd23-jaxrs-ssh-format",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.*;\n\n@Path(\"/hosts\")\npublic class UptimeResource {\n  @GET\n  @Path(\"/{user}/{host}/uptime\")\n  public String uptime(@PathParam(\"user\") String user, @PathParam(\"host\") String host) throws IOException {\n    Process p = Runtime.getRuntime().exec(String.format(\"ssh %s@%s uptime\", user, host));\n    return new String(p.getInputStream().readAllBytes());\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cmd23-jaxrs-ssh-format",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.*;\n\n@Path(\"/hosts\")\npublic class UptimeResource {\n  private static final Set<String> HOSTS = Set.of(\"web1.internal\", \"web2.internal\", \"db1.internal\");\n  @GET\n  @Path(\"/{host}/uptime\")\n  public String uptime(@PathParam(\"host\") String host) throws IOException {\n    if (!HOSTS.contains(host)) throw new NotFoundException();\n    Process p = Runtime.getRuntime().exec(new String[] {\"ssh\", \"-l\", \"monitor\", \"--\", host, \"uptime\"});\n    return new String(p.getInputStream().readAllBytes());\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cmd24-curl-arg-injection",
  "kind": "vuln",
  "lang": "java",
  "cwe": 88,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\n@RestController\npublic class FetchController {\n  @GetMapping(\"/fetch\")\n  public String fetch(@RequestParam String url) throws IOException {\n    Process p = new ProcessBuilder(\"curl\", \"-s\", \"--max-time\", \"5\", url).start();\n    return new String(p.getInputStream().readAllBytes());\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cmd24-curl-arg-injection",
  "kind": "safe",
  "lang": "java",
  "cwe": 88,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\n@RestController\npublic class FetchController {\n  @GetMapping(\"/fetch\")\n  public String fetch(@RequestParam String url) throws IOException {\n    if (!url.startsWith(\"https://status.example.com/\")) throw new IllegalArgumentException(\"bad url\");\n    Process p = new ProcessBuilder(\"curl\", \"-s\", \"--max-time\", \"5\", \"--\", url).start();\n    return new String(p.getInputStream().readAllBytes());\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cmd25-header-branch-checkout",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\n@RestController\npublic class PreviewController {\n  @PostMapping(\"/preview\")\n  public String preview(@RequestHeader(\"X-Branch\") String branch) throws IOException, InterruptedException {\n    String[] cmd = new String[] {\"sh\", \"-c\", \"cd /srv/preview && git fetch && git checkout \" + branch};\n    int rc = Runtime.getRuntime().exec(cmd).waitFor();\n    return rc == 0 ? \"deployed\" : \"failed\";\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cmd25-header-branch-checkout",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\n@RestController\npublic class PreviewController {\n  @PostMapping(\"/preview\")\n  public String preview(@RequestHeader(\"X-Branch\") String branch) throws IOException, InterruptedException {\n    if (!branch.matches(\"[A-Za-z0-9][A-Za-z0-9._/-]{0,80}\")) return \"bad branch\";\n    Process fetch = new ProcessBuilder(\"git\", \"fetch\").directory(new File(\"/srv/preview\")).start();\n    fetch.waitFor();\n    int rc = new ProcessBuilder(\"git\", \"checkout\", branch, \"--\").directory(new File(\"/srv/preview\")).start().waitFor();\n    return rc == 0 ? \"deployed\" : \"failed\";\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cmd26-command-addall-bash",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class NotifyServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String msg = req.getParameter(\"msg\");\n    ProcessBuilder pb = new ProcessBuilder(\"bash\");\n    pb.command().addAll(Arrays.asList(\"-c\", \"wall \" + msg));\n    pb.start();\n    resp.setStatus(204);\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cmd26-command-addall-bash",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class NotifyServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String msg = req.getParameter(\"msg\");\n    if (msg == null || msg.length() > 200) { resp.sendError(400); return; }\n    ProcessBuilder pb = new ProcessBuilder(\"wall\");\n    pb.redirectInput(ProcessBuilder.Redirect.PIPE);\n    Process p = pb.start();\n    p.getOutputStream().write(msg.getBytes(java.nio.charset.StandardCharsets.UTF_8));\n    p.getOutputStream().close();\n    resp.setStatus(204);\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cmd27-helper-class-bash",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\n@RestController\npublic class ExtractController {\n  @PostMapping(\"/extract\")\n  public String extract(@RequestParam String archive) throws IOException {\n    return ShellRunner.run(\"unzip -o /srv/uploads/\" + archive + \" -d /srv/extracted\");\n  }\n}\nclass ShellRunner {\n  static String run(String script) throws IOException {\n    Process p = new ProcessBuilder(\"bash\", \"-c\", script).redirectErrorStream(true).start();\n    return new String(p.getInputStream().readAllBytes());\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cmd27-helper-class-bash",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\n@RestController\npublic class ExtractController {\n  @PostMapping(\"/extract\")\n  public String extract(@RequestParam String archive) throws IOException {\n    if (!archive.matches(\"[a-f0-9]{32}[.]zip\")) throw new IllegalArgumentException(\"bad archive\");\n    return ShellRunner.run(\"unzip\", \"-o\", \"/srv/uploads/\" + archive, \"-d\", \"/srv/extracted\");\n  }\n}\nclass ShellRunner {\n  static String run(String... argv) throws IOException {\n    Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();\n    return new String(p.getInputStream().readAllBytes());\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cmd28-powershell-command",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class EventLogServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String source = req.getParameter(\"source\");\n    Process p = new ProcessBuilder(\"powershell.exe\", \"-Command\", \"Get-EventLog -LogName Application -Source \" + source + \" -Newest 20\").start();\n    resp.setContentType(\"text/plain\");\n    p.getInputStream().transferTo(resp.getOutputStream());\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cmd28-powershell-command",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class EventLogServlet extends HttpServlet {\n  private static final Set<String> SOURCES = Set.of(\"MyApp\", \"MyAppWorker\");\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String source = req.getParameter(\"source\");\n    if (!SOURCES.contains(source)) { resp.sendError(400); return; }\n    Process p = new ProcessBuilder(\"powershell.exe\", \"-Command\", \"Get-EventLog -LogName Application -Source \" + source + \" -Newest 20\").start();\n    resp.setContentType(\"text/plain\");\n    p.getInputStream().transferTo(resp.getOutputStream());\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cmd29-gson-body-host",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\nimport com.google.gson.*;\npublic class PortCheckServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    JsonObject body = JsonParser.parseReader(req.getReader()).getAsJsonObject();\n    String host = body.get(\"host\").getAsString();\n    Process p = Runtime.getRuntime().exec(\"nc -z -w 2 \" + host + \" 443\");\n    resp.getWriter().print(\"{\\\"checked\\\":true}\");\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cmd29-gson-body-host",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\nimport com.google.gson.*;\npublic class PortCheckServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    JsonObject body = JsonParser.parseReader(req.getReader()).getAsJsonObject();\n    String host = body.get(\"host\").getAsString();\n    if (!host.matches(\"[a-z0-9][a-z0-9.-]{0,252}\")) { resp.sendError(400); return; }\n    Process p = new ProcessBuilder(\"nc\", \"-z\", \"-w\", \"2\", host, \"443\").start();\n    resp.getWriter().print(\"{\\\"checked\\\":true}\");\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cmd30-cookievalue-font",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\n@RestController\npublic class BannerController {\n  @GetMapping(\"/banner\")\n  public ResponseEntity<byte[]> banner(@CookieValue(name = \"font\", defaultValue = \"DejaVu-Sans\") String font) throws IOException {\n    Process p = Runtime.getRuntime().exec(\"convert -font \" + font + \" -pointsize 32 label:Welcome png:-\");\n    return ResponseEntity.ok(p.getInputStream().readAllBytes());\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cmd30-cookievalue-font",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\n@RestController\npublic class BannerController {\n  private static final Set<String> FONTS = Set.of(\"DejaVu-Sans\", \"Liberation-Serif\");\n  @GetMapping(\"/banner\")\n  public ResponseEntity<byte[]> banner(@CookieValue(name = \"font\", defaultValue = \"DejaVu-Sans\") String font) throws IOException {\n    String f = FONTS.contains(font) ? font : \"DejaVu-Sans\";\n    Process p = new ProcessBuilder(\"convert\", \"-font\", f, \"-pointsize\", \"32\", \"label:Welcome\", \"png:-\").start();\n    return ResponseEntity.ok(p.getInputStream().readAllBytes());\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cmd31-env-variable-ld-preload",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class PluginRunServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    ProcessBuilder pb = new ProcessBuilder(\"/opt/app/bin/render\");\n    Map<String, String> env = pb.environment();\n    env.put(\"LD_PRELOAD\", req.getParameter(\"plugin\"));\n    pb.start();\n    resp.setStatus(202);\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cmd31-env-variable-ld-preload",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class PluginRunServlet extends HttpServlet {\n  private static final Map<String, String> PLUGINS = Map.of(\"fast\", \"/opt/app/lib/fastrender.so\");\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    ProcessBuilder pb = new ProcessBuilder(\"/opt/app/bin/render\");\n    Map<String, String> env = pb.environment();\n    String lib = PLUGINS.get(req.getParameter(\"plugin\"));\n    if (lib == null) { resp.sendError(400); return; }\n    env.put(\"LD_PRELOAD\", lib);\n    pb.start();\n    resp.setStatus(202);\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cmd32-ssh-host-arg-injection",
  "kind": "vuln",
  "lang": "java",
  "cwe": 88,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class RemoteDfServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String host = req.getParameter(\"host\");\n    Process p = new ProcessBuilder(\"ssh\", host, \"df\", \"-h\").start();\n    resp.setContentType(\"text/plain\");\n    p.getInputStream().transferTo(resp.getOutputStream());\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cmd32-ssh-host-arg-injection",
  "kind": "safe",
  "lang": "java",
  "cwe": 88,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class RemoteDfServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String host = req.getParameter(\"host\");\n    if (host == null || !host.matches(\"[a-z0-9][a-z0-9.-]{0,62}\")) { resp.sendError(400); return; }\n    Process p = new ProcessBuilder(\"ssh\", \"--\", host, \"df\", \"-h\").start();\n    resp.setContentType(\"text/plain\");\n    p.getInputStream().transferTo(resp.getOutputStream());\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cmd33-tar-member-arg-injection",
  "kind": "vuln",
  "lang": "java",
  "cwe": 88,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\n@RestController\npublic class RestoreController {\n  @PostMapping(\"/restore\")\n  public String restore(@RequestParam String member) throws IOException, InterruptedException {\n    Process p = new ProcessBuilder(\"tar\", \"-xzf\", \"/backups/latest.tgz\", \"-C\", \"/srv/restore\", member).start();\n    return \"exit \" + p.waitFor();\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cmd33-tar-member-arg-injection",
  "kind": "safe",
  "lang": "java",
  "cwe": 88,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\n@RestController\npublic class RestoreController {\n  @PostMapping(\"/restore\")\n  public String restore(@RequestParam String member) throws IOException, InterruptedException {\n    if (!member.matches(\"[A-Za-z0-9_][A-Za-z0-9_./]{0,200}\") || member.contains(\"..\")) return \"bad member\";\n    Process p = new ProcessBuilder(\"tar\", \"-xzf\", \"/backups/latest.tgz\", \"-C\", \"/srv/restore\", \"--\", member).start();\n    return \"exit \" + p.waitFor();\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cmd34-commons-exec-sh-c",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\nimport org.apache.commons.exec.*;\npublic class DiskUsageServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    CommandLine cl = new CommandLine(\"/bin/sh\");\n    cl.addArgument(\"-c\");\n    cl.addArgument(\"du -sh /srv/home/\" + req.getParameter(\"user\"), false);\n    new DefaultExecutor().execute(cl);\n    resp.setStatus(204);\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cmd34-commons-exec-sh-c",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\nimport org.apache.commons.exec.*;\npublic class DiskUsageServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String user = req.getParameter(\"user\");\n    if (user == null || !user.matches(\"[a-z][a-z0-9_]{0,31}\")) { resp.sendError(400); return; }\n    CommandLine cl = new CommandLine(\"du\");\n    cl.addArgument(\"-sh\");\n    cl.addArgument(\"/srv/home/\" + user, false);\n    new DefaultExecutor().execute(cl);\n    resp.setStatus(204);\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cipher10-desede-constant",
  "kind": "vuln",
  "lang": "java",
  "cwe": 327,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\n@RestController\npublic class CardController {\n  private static final String ALGORITHM = \"DESede\";\n  private final SecretKeySpec key = new SecretKeySpec(KeyVault.bytes(\"cards\"), ALGORITHM);\n  @PostMapping(\"/cards\")\n  public String store(@RequestParam String pan) throws GeneralSecurityException {\n    Cipher cipher = Cipher.getInstance(ALGORITHM);\n    cipher.init(Cipher.ENCRYPT_MODE, key);\n    CardDao.save(Base64.getEncoder().encodeToString(cipher.doFinal(pan.getBytes(StandardCharsets.UTF_8))));\n    return \"stored\";\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cipher10-desede-constant",
  "kind": "safe",
  "lang": "java",
  "cwe": 327,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\n@RestController\npublic class CardController {\n  private static final String ALGORITHM = \"AES/GCM/NoPadding\";\n  private final SecretKeySpec key = new SecretKeySpec(KeyVault.bytes(\"cards\"), \"AES\");\n  @PostMapping(\"/cards\")\n  public String store(@RequestParam String pan) throws GeneralSecurityException {\n    byte[] iv = new byte[12];\n    new SecureRandom().nextBytes(iv);\n    Cipher cipher = Cipher.getInstance(ALGORITHM);\n    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));\n    CardDao.save(Base64.getEncoder().encodeToString(iv) + \":\" + Base64.getEncoder().encodeToString(cipher.doFinal(pan.getBytes(StandardCharsets.UTF_8))));\n    return \"stored\";\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cipher11-literal-iv",
  "kind": "vuln",
  "lang": "java",
  "cwe": 329,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class LinkTokenServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    try {\n      Cipher c = Cipher.getInstance(\"AES/CBC/PKCS5Padding\");\n      IvParameterSpec iv = new IvParameterSpec(\"0123456789abcdef\".getBytes(StandardCharsets.US_ASCII));\n      c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KeyVault.bytes(\"links\"), \"AES\"), iv);\n      byte[] token = c.doFinal(req.getParameter(\"docId\").getBytes(StandardCharsets.UTF_8));\n      resp.getWriter().print(Base64.getUrlEncoder().encodeToString(token));\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cipher11-literal-iv",
  "kind": "safe",
  "lang": "java",
  "cwe": 329,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class LinkTokenServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    try {\n      byte[] nonce = new byte[12];\n      new SecureRandom().nextBytes(nonce);\n      Cipher c = Cipher.getInstance(\"AES/GCM/NoPadding\");\n      c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KeyVault.bytes(\"links\"), \"AES\"), new GCMParameterSpec(128, nonce));\n      byte[] token = c.doFinal(req.getParameter(\"docId\").getBytes(StandardCharsets.UTF_8));\n      resp.setContentType(\"text/plain\");\n      resp.getWriter().print(Base64.getUrlEncoder().encodeToString(nonce) + \".\" + Base64.getUrlEncoder().encodeToString(token));\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "hash10-sha1-session-id",
  "kind": "vuln",
  "lang": "java",
  "cwe": 328,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class SsoServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    try {\n      MessageDigest sha = MessageDigest.getInstance(\"SHA1\");\n      byte[] h = sha.digest((req.getParameter(\"user\") + \":\" + System.nanoTime()).getBytes(StandardCharsets.UTF_8));\n      Cookie session = new Cookie(\"SSO_SESSION\", HexFormat.of().formatHex(h));\n      session.setHttpOnly(true);\n      session.setSecure(true);\n      resp.addCookie(session);\n    } catch (NoSuchAlgorithmException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "hash10-sha1-session-id",
  "kind": "safe",
  "lang": "java",
  "cwe": 328,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class SsoServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    byte[] h = new byte[32];\n    new SecureRandom().nextBytes(h);\n    Cookie session = new Cookie(\"SSO_SESSION\", HexFormat.of().formatHex(h));\n    session.setHttpOnly(true);\n    session.setSecure(true);\n    resp.addCookie(session);\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "sig1-md5withrsa-receipt",
  "kind": "vuln",
  "lang": "java",
  "cwe": 328,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\n@RestController\npublic class ReceiptController {\n  @PostMapping(\"/receipts/sign\")\n  public String sign(@RequestBody String receipt) throws GeneralSecurityException {\n    Signature s = Signature.getInstance(\"MD5withRSA\");\n    s.initSign(KeyVault.privateKey(\"receipts\"));\n    s.update(receipt.getBytes(StandardCharsets.UTF_8));\n    return Base64.getEncoder().encodeToString(s.sign());\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "sig1-md5withrsa-receipt",
  "kind": "safe",
  "lang": "java",
  "cwe": 328,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\n@RestController\npublic class ReceiptController {\n  @PostMapping(\"/receipts/sign\")\n  public String sign(@RequestBody String receipt) throws GeneralSecurityException {\n    Signature s = Signature.getInstance(\"SHA256withRSA\");\n    s.initSign(KeyVault.privateKey(\"receipts\"));\n    s.update(receipt.getBytes(StandardCharsets.UTF_8));\n    return Base64.getEncoder().encodeToString(s.sign());\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "hash11-sha1hex-salted-login",
  "kind": "vuln",
  "lang": "java",
  "cwe": 916,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.*;\n\nimport org.apache.commons.codec.digest.DigestUtils;\n@Path(\"/auth\")\npublic class AuthResource {\n  @POST\n  @Path(\"/login\")\n  public Response login(@FormParam(\"user\") String user, @FormParam(\"password\") String password) {\n    UserRecord rec = UserDao.find(user);\n    if (rec == null) return Response.status(401).build();\n    String candidate = DigestUtils.sha1Hex(rec.getSalt() + password);\n    return candidate.equals(rec.getPasswordHash()) ? Response.ok().build() : Response.status(401).build();\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "hash11-sha1hex-salted-login",
  "kind": "safe",
  "lang": "java",
  "cwe": 916,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.*;\n\nimport org.springframework.security.crypto.argon2.Argon2PasswordEncoder;\n@Path(\"/auth\")\npublic class AuthResource {\n  private static final Argon2PasswordEncoder ENCODER = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();\n  @POST\n  @Path(\"/login\")\n  public Response login(@FormParam(\"user\") String user, @FormParam(\"password\") String password) {\n    UserRecord rec = UserDao.find(user);\n    if (rec == null) return Response.status(401).build();\n    return ENCODER.matches(password, rec.getPasswordHash()) ? Response.ok().build() : Response.status(401).build();\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "hash12-md5-unsubscribe-mac",
  "kind": "vuln",
  "lang": "java",
  "cwe": 328,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class UnsubscribeLinkServlet extends HttpServlet {\n  private static final String SECRET = System.getenv(\"LINK_SECRET\");\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String email = req.getParameter(\"email\");\n    try {\n      byte[] sig = MessageDigest.getInstance(\"MD5\").digest((email + SECRET).getBytes(StandardCharsets.UTF_8));\n      resp.setContentType(\"text/plain\");\n      resp.getWriter().print(\"/unsubscribe?email=\" + java.net.URLEncoder.encode(email, \"UTF-8\") + \"&sig=\" + HexFormat.of().formatHex(sig));\n    } catch (NoSuchAlgorithmException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "hash12-md5-unsubscribe-mac",
  "kind": "safe",
  "lang": "java",
  "cwe": 328,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class UnsubscribeLinkServlet extends HttpServlet {\n  private static final String SECRET = System.getenv(\"LINK_SECRET\");\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String email = req.getParameter(\"email\");\n    try {\n      Mac mac = Mac.getInstance(\"HmacSHA256\");\n      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), \"HmacSHA256\"));\n      byte[] sig = mac.doFinal(email.getBytes(StandardCharsets.UTF_8));\n      resp.setContentType(\"text/plain\");\n      resp.getWriter().print(\"/unsubscribe?email=\" + java.net.URLEncoder.encode(email, \"UTF-8\") + \"&sig=\" + HexFormat.of().formatHex(sig));\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cipher12-rsa-nopadding",
  "kind": "vuln",
  "lang": "java",
  "cwe": 327,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\n@Path(\"/wrap\")\npublic class KeyWrapResource {\n  @POST\n  public String wrap(String dataKey) throws GeneralSecurityException {\n    Cipher rsa = Cipher.getInstance(\"RSA/ECB/NoPadding\");\n    rsa.init(Cipher.ENCRYPT_MODE, KeyVault.publicKey(\"wrap\"));\n    return Base64.getEncoder().encodeToString(rsa.doFinal(dataKey.getBytes(StandardCharsets.UTF_8)));\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cipher12-rsa-nopadding",
  "kind": "safe",
  "lang": "java",
  "cwe": 327,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\n@Path(\"/wrap\")\npublic class KeyWrapResource {\n  @POST\n  public String wrap(String dataKey) throws GeneralSecurityException {\n    Cipher rsa = Cipher.getInstance(\"RSA/ECB/OAEPWithSHA-256AndMGF1Padding\");\n    rsa.init(Cipher.ENCRYPT_MODE, KeyVault.publicKey(\"wrap\"));\n    return Base64.getEncoder().encodeToString(rsa.doFinal(dataKey.getBytes(StandardCharsets.UTF_8)));\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "kdf3-iterations-constant",
  "kind": "vuln",
  "lang": "java",
  "cwe": 916,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class SetPasswordServlet extends HttpServlet {\n  private static final int ITERATIONS = 1024;\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    try {\n      byte[] salt = new byte[16];\n      new SecureRandom().nextBytes(salt);\n      PBEKeySpec spec = new PBEKeySpec(req.getParameter(\"password\").toCharArray(), salt, ITERATIONS, 256);\n      byte[] hash = SecretKeyFactory.getInstance(\"PBKDF2WithHmacSHA256\").generateSecret(spec).getEncoded();\n      UserDao.setPassword(req.getRemoteUser(), salt, hash);\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "kdf3-iterations-constant",
  "kind": "safe",
  "lang": "java",
  "cwe": 916,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class SetPasswordServlet extends HttpServlet {\n  private static final int ITERATIONS = 600_000;\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    try {\n      byte[] salt = new byte[16];\n      new SecureRandom().nextBytes(salt);\n      PBEKeySpec spec = new PBEKeySpec(req.getParameter(\"password\").toCharArray(), salt, ITERATIONS, 256);\n      byte[] hash = SecretKeyFactory.getInstance(\"PBKDF2WithHmacSHA256\").generateSecret(spec).getEncoded();\n      UserDao.setPassword(req.getRemoteUser(), salt, hash);\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "hash13-standard-password-encoder",
  "kind": "vuln",
  "lang": "java",
  "cwe": 916,
  "code": "import org.springframework.context.annotation.*;\nimport org.springframework.security.crypto.password.*;\n@Configuration\npublic class PasswordConfig {\n  @Bean\n  PasswordEncoder encoder() {\n    return new StandardPasswordEncoder(System.getenv(\"PEPPER\"));\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "hash13-standard-password-encoder",
  "kind": "safe",
  "lang": "java",
  "cwe": 916,
  "code": "import org.springframework.context.annotation.*;\nimport org.springframework.security.crypto.password.*;\nimport org.springframework.security.crypto.factory.PasswordEncoderFactories;\n@Configuration\npublic class PasswordConfig {\n  @Bean\n  PasswordEncoder encoder() {\n    return PasswordEncoderFactories.createDelegatingPasswordEncoder();\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "key4-bits-variable",
  "kind": "vuln",
  "lang": "java",
  "cwe": 326,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class ClientCertServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    int bits = 1024;\n    try {\n      KeyPairGenerator kpg = KeyPairGenerator.getInstance(\"RSA\");\n      kpg.initialize(bits);\n      KeyPair kp = kpg.generateKeyPair();\n      CertAuthority.issue(req.getRemoteUser(), kp);\n      resp.getOutputStream().write(kp.getPrivate().getEncoded());\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "key4-bits-variable",
  "kind": "safe",
  "lang": "java",
  "cwe": 326,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class ClientCertServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    int bits = 3072;\n    try {\n      KeyPairGenerator kpg = KeyPairGenerator.getInstance(\"RSA\");\n      kpg.initialize(bits);\n      KeyPair kp = kpg.generateKeyPair();\n      CertAuthority.issue(req.getRemoteUser(), kp);\n      resp.getOutputStream().write(kp.getPrivate().getEncoded());\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "hash14-sha512-loop-password",
  "kind": "vuln",
  "lang": "java",
  "cwe": 916,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\n@RestController\npublic class PinController {\n  @PostMapping(\"/pin\")\n  public String setPin(@RequestParam String password, @RequestParam String user) throws NoSuchAlgorithmException {\n    MessageDigest md = MessageDigest.getInstance(\"SHA-512\");\n    byte[] h = password.getBytes(StandardCharsets.UTF_8);\n    for (int i = 0; i < 1000; i++) h = md.digest(h);\n    PinDao.save(user, Base64.getEncoder().encodeToString(h));\n    return \"ok\";\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "hash14-sha512-loop-password",
  "kind": "safe",
  "lang": "java",
  "cwe": 916,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\nimport org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;\n@RestController\npublic class PinController {\n  private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(12);\n  @PostMapping(\"/pin\")\n  public String setPin(@RequestParam String password, @RequestParam String user) {\n    PinDao.save(user, bcrypt.encode(password));\n    return \"ok\";\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cipher13-arcfour-stream",
  "kind": "vuln",
  "lang": "java",
  "cwe": 327,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class StreamServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    try {\n      Cipher rc4 = Cipher.getInstance(\"ARCFOUR\");\n      rc4.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KeyVault.bytes(\"media\"), \"ARCFOUR\"));\n      try (CipherOutputStream out = new CipherOutputStream(resp.getOutputStream(), rc4)) {\n        MediaStore.copy(req.getParameter(\"track\"), out);\n      }\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cipher13-arcfour-stream",
  "kind": "safe",
  "lang": "java",
  "cwe": 327,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class StreamServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    try {\n      byte[] nonce = new byte[12];\n      new SecureRandom().nextBytes(nonce);\n      Cipher cc = Cipher.getInstance(\"ChaCha20-Poly1305\");\n      cc.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KeyVault.bytes(\"media\"), \"ChaCha20\"), new IvParameterSpec(nonce));\n      resp.getOutputStream().write(nonce);\n      try (CipherOutputStream out = new CipherOutputStream(resp.getOutputStream(), cc)) {\n        MediaStore.copy(req.getParameter(\"track\"), out);\n      }\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "tb17-param-as-key",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class FlagServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    req.getSession().setAttribute(req.getParameter(\"feature\"), Boolean.TRUE);\n    resp.sendRedirect(\"/\");\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "tb17-param-as-key",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class FlagServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String feature = req.getParameter(\"feature\");\n    if (\"beta\".equals(feature) || \"tour\".equals(feature)) req.getSession().setAttribute(\"optIn.\" + feature, Boolean.TRUE);\n    resp.sendRedirect(\"/\");\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "tb18-sessionattributes-model",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import org.springframework.stereotype.Controller;\nimport org.springframework.ui.Model;\nimport org.springframework.web.bind.annotation.*;\n@Controller\n@SessionAttributes(\"shippingAddress\")\npublic class CheckoutController {\n  @PostMapping(\"/checkout/address\")\n  public String address(@RequestParam String address, Model model) {\n    model.addAttribute(\"shippingAddress\", address);\n    return \"redirect:/checkout/pay\";\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "tb18-sessionattributes-model",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import org.springframework.stereotype.Controller;\nimport org.springframework.ui.Model;\nimport org.springframework.web.bind.annotation.*;\n@Controller\n@SessionAttributes(\"shippingAddress\")\npublic class CheckoutController {\n  @PostMapping(\"/checkout/address\")\n  public String address(@RequestParam String addressId, java.security.Principal principal, Model model) {\n    Address a = AddressBookService.findForUser(principal.getName(), addressId);\n    if (a == null) return \"redirect:/checkout?error\";\n    model.addAttribute(\"shippingAddress\", a);\n    return \"redirect:/checkout/pay\";\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "tb19-jaxrs-headerparam-tenant",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.*;\n\nimport javax.servlet.http.HttpServletRequest;\n@Path(\"/ctx\")\npublic class TenantResource {\n  @POST\n  public Response select(@HeaderParam(\"X-Tenant\") String tenant, @Context HttpServletRequest request) {\n    request.getSession(true).setAttribute(\"tenant\", tenant);\n    return Response.noContent().build();\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "tb19-jaxrs-headerparam-tenant",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.*;\n\nimport javax.servlet.http.HttpServletRequest;\n@Path(\"/ctx\")\npublic class TenantResource {\n  @POST\n  public Response select(@HeaderParam(\"X-Tenant\") String tenant, @Context HttpServletRequest request) {\n    if (!TenantDirectory.isMember(request.getUserPrincipal(), tenant)) return Response.status(403).build();\n    request.getSession(true).setAttribute(\"tenant\", tenant);\n    return Response.noContent().build();\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "tb20-webutils-getcookie",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\nimport javax.servlet.http.*;\nimport org.springframework.web.util.WebUtils;\n@RestController\npublic class LangController {\n  @GetMapping(\"/lang/apply\")\n  public String apply(HttpServletRequest request) {\n    Cookie c = WebUtils.getCookie(request, \"lang\");\n    if (c != null) request.getSession().setAttribute(\"lang\", c.getValue());\n    return \"ok\";\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "tb20-webutils-getcookie",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.http.ResponseEntity;\n\nimport javax.servlet.http.*;\nimport org.springframework.web.util.WebUtils;\n@RestController\npublic class LangController {\n  private static final Set<String> LANGS = Set.of(\"en\", \"de\", \"es\");\n  @GetMapping(\"/lang/apply\")\n  public String apply(HttpServletRequest request) {\n    Cookie c = WebUtils.getCookie(request, \"lang\");\n    if (c != null && LANGS.contains(c.getValue())) request.getSession().setAttribute(\"lang\", c.getValue());\n    return \"ok\";\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "tb21-request-servletcontext",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class SearchServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String q = req.getParameter(\"q\");\n    req.getServletContext().setAttribute(\"lastSearch\", q);\n    resp.sendRedirect(\"/results\");\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "tb21-request-servletcontext",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class SearchServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String q = req.getParameter(\"q\");\n    req.setAttribute(\"lastSearch\", q == null ? \"\" : q.trim());\n    req.getRequestDispatcher(\"/results.jsp\").forward(req, resp);\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "tb22-putifabsent-shortlinks",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\nimport java.util.concurrent.ConcurrentHashMap;\npublic class ShortLinkServlet extends HttpServlet {\n  @SuppressWarnings(\"unchecked\")\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    ServletContext ctx = getServletContext();\n    ConcurrentHashMap<String, String> links = (ConcurrentHashMap<String, String>) ctx.getAttribute(\"shortLinks\");\n    links.putIfAbsent(req.getParameter(\"code\"), req.getParameter(\"target\"));\n    resp.setStatus(201);\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "tb22-putifabsent-shortlinks",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\nimport java.util.concurrent.ConcurrentHashMap;\npublic class ShortLinkServlet extends HttpServlet {\n  @SuppressWarnings(\"unchecked\")\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String code = req.getParameter(\"code\");\n    String target = req.getParameter(\"target\");\n    if (code == null || !code.matches(\"[a-z0-9]{4,12}\") || target == null || !target.matches(\"/[a-z0-9/-]{0,200}\")) { resp.sendError(400); return; }\n    ServletContext ctx = getServletContext();\n    ConcurrentHashMap<String, String> links = (ConcurrentHashMap<String, String>) ctx.getAttribute(\"shortLinks\");\n    links.putIfAbsent(code, target);\n    resp.setStatus(201);\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "tb23-jackson-map-profile",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\nimport com.fasterxml.jackson.databind.ObjectMapper;\npublic class ProfileDraftServlet extends HttpServlet {\n  private final ObjectMapper om = new ObjectMapper();\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    Map<?, ?> draft = om.readValue(req.getInputStream(), Map.class);\n    req.getSession().setAttribute(\"profileDraft\", draft);\n    resp.setStatus(204);\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "tb23-jackson-map-profile",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\nimport com.fasterxml.jackson.databind.ObjectMapper;\npublic class ProfileDraftServlet extends HttpServlet {\n  private final ObjectMapper om = new ObjectMapper();\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    Map<?, ?> draft = om.readValue(req.getInputStream(), Map.class);\n    ProfileDraft clean = ProfileValidator.validate(draft);\n    if (clean == null) { resp.sendError(400); return; }\n    req.getSession().setAttribute(\"profileDraft\", clean);\n    resp.setStatus(204);\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "tb24-filter-trace-header",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\npublic class TraceFilter implements Filter {\n  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {\n    HttpServletRequest http = (HttpServletRequest) request;\n    String trace = http.getHeader(\"X-Debug-User\");\n    http.getSession().setAttribute(\"debugUser\", trace);\n    chain.doFilter(request, response);\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "tb24-filter-trace-header",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\npublic class TraceFilter implements Filter {\n  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {\n    HttpServletRequest http = (HttpServletRequest) request;\n    String trace = java.util.UUID.randomUUID().toString();\n    http.getSession().setAttribute(\"traceId\", trace);\n    chain.doFilter(request, response);\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "tb25-role-integer",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class ImpersonateServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    int roleId = Integer.parseInt(req.getParameter(\"roleId\"));\n    req.getSession().setAttribute(\"roleId\", roleId);\n    resp.sendRedirect(\"/\");\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "tb25-role-integer",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class ImpersonateServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    int roleId = RoleService.roleIdOf(req.getUserPrincipal());\n    req.getSession().setAttribute(\"roleId\", roleId);\n    resp.sendRedirect(\"/\");\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "cmd35-requestparam-map",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class DiagController {\n  @GetMapping(\"/diag\")\n  public String diag(@RequestParam Map<String, String> params) throws IOException {\n    Process p = Runtime.getRuntime().exec(\"ping -c 2 \" + params.get(\"host\"));\n    return new String(p.getInputStream().readAllBytes());\n  }\n}\n",
  "wave": 3
 },
 {
  "name": "cmd35-requestparam-map",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class DiagController {\n  @GetMapping(\"/diag\")\n  public String diag(@RequestParam Map<String, String> params) throws IOException {\n    String host = params.get(\"host\");\n    if (host == null || !host.matches(\"[a-z0-9][a-z0-9.-]{0,252}\")) throw new IllegalArgumentException(\"bad host\");\n    Process p = Runtime.getRuntime().exec(new String[] {\"ping\", \"-c\", \"2\", host});\n    return new String(p.getInputStream().readAllBytes());\n  }\n}\n",
  "wave": 3
 },
 {
  "name": "cmd36-pb-command-cmd-c",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class TypeFileServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    ProcessBuilder pb = new ProcessBuilder();\n    pb.command(\"cmd\", \"/c\", \"type C:\\\\reports\\\\\" + req.getParameter(\"file\"));\n    resp.setContentType(\"text/plain\");\n    pb.start().getInputStream().transferTo(resp.getOutputStream());\n  }\n}\n",
  "wave": 3
 },
 {
  "name": "cmd36-pb-command-cmd-c",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\nimport java.nio.file.*;\npublic class TypeFileServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String file = req.getParameter(\"file\");\n    if (file == null || !file.matches(\"[a-z0-9_-]{1,40}[.]txt\")) { resp.sendError(400); return; }\n    resp.setContentType(\"text/plain\");\n    Files.copy(Paths.get(\"C:/reports\", file), resp.getOutputStream());\n  }\n}\n",
  "wave": 3
 },
 {
  "name": "cmd37-zt-exec-sh",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\n\nimport org.zeroturnaround.exec.ProcessExecutor;\n@RestController\npublic class ConvertController {\n  @PostMapping(\"/convert\")\n  public String convert(@RequestParam String doc) throws Exception {\n    return new ProcessExecutor().command(\"sh\", \"-c\", \"pandoc /srv/docs/\" + doc + \" -o /srv/out/doc.pdf\").readOutput(true).execute().outputUTF8();\n  }\n}\n",
  "wave": 3
 },
 {
  "name": "cmd37-zt-exec-sh",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\n\nimport org.zeroturnaround.exec.ProcessExecutor;\n@RestController\npublic class ConvertController {\n  @PostMapping(\"/convert\")\n  public String convert(@RequestParam String doc) throws Exception {\n    if (!doc.matches(\"[a-z0-9-]{1,60}[.]md\")) throw new IllegalArgumentException(\"bad doc\");\n    return new ProcessExecutor().command(\"pandoc\", \"/srv/docs/\" + doc, \"-o\", \"/srv/out/doc.pdf\").readOutput(true).execute().outputUTF8();\n  }\n}\n",
  "wave": 3
 },
 {
  "name": "cmd38-toarray-sh",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class ImageInfoServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    List<String> argv = new ArrayList<>();\n    argv.add(\"/bin/sh\");\n    argv.add(\"-c\");\n    argv.add(\"identify /srv/images/\" + req.getParameter(\"img\"));\n    Process p = Runtime.getRuntime().exec(argv.toArray(new String[0]));\n    resp.setContentType(\"text/plain\");\n    p.getInputStream().transferTo(resp.getOutputStream());\n  }\n}\n",
  "wave": 3
 },
 {
  "name": "cmd38-toarray-sh",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class ImageInfoServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String img = req.getParameter(\"img\");\n    if (img == null || !img.matches(\"[a-f0-9]{32}[.](png|jpg)\")) { resp.sendError(400); return; }\n    List<String> argv = new ArrayList<>();\n    argv.add(\"identify\");\n    argv.add(\"/srv/images/\" + img);\n    Process p = Runtime.getRuntime().exec(argv.toArray(new String[0]));\n    resp.setContentType(\"text/plain\");\n    p.getInputStream().transferTo(resp.getOutputStream());\n  }\n}\n",
  "wave": 3
 },
 {
  "name": "cipher14-des-provider",
  "kind": "vuln",
  "lang": "java",
  "cwe": 327,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class LegacyBridgeServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    try {\n      Cipher c = Cipher.getInstance(\"DES/ECB/NoPadding\", \"SunJCE\");\n      c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KeyVault.bytes(\"bridge\"), \"DES\"));\n      resp.getOutputStream().write(c.doFinal(req.getInputStream().readAllBytes()));\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 3
 },
 {
  "name": "cipher14-des-provider",
  "kind": "safe",
  "lang": "java",
  "cwe": 327,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class LegacyBridgeServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    try {\n      byte[] iv = new byte[12];\n      new SecureRandom().nextBytes(iv);\n      Cipher c = Cipher.getInstance(\"AES/GCM/NoPadding\", \"SunJCE\");\n      c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KeyVault.bytes(\"bridge\"), \"AES\"), new GCMParameterSpec(128, iv));\n      resp.getOutputStream().write(iv);\n      resp.getOutputStream().write(c.doFinal(req.getInputStream().readAllBytes()));\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 3
 },
 {
  "name": "hash15-codec-constant-md5",
  "kind": "vuln",
  "lang": "java",
  "cwe": 328,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\nimport org.apache.commons.codec.digest.MessageDigestAlgorithms;\n@RestController\npublic class ApiTokenController {\n  @PostMapping(\"/tokens/verify\")\n  public boolean verify(@RequestParam String token) throws NoSuchAlgorithmException {\n    byte[] h = MessageDigest.getInstance(MessageDigestAlgorithms.MD5).digest(token.getBytes(StandardCharsets.UTF_8));\n    return TokenDao.existsByHash(HexFormat.of().formatHex(h));\n  }\n}\n",
  "wave": 3
 },
 {
  "name": "hash15-codec-constant-md5",
  "kind": "safe",
  "lang": "java",
  "cwe": 328,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\nimport org.apache.commons.codec.digest.MessageDigestAlgorithms;\n@RestController\npublic class ApiTokenController {\n  @PostMapping(\"/tokens/verify\")\n  public boolean verify(@RequestParam String token) throws NoSuchAlgorithmException {\n    byte[] h = MessageDigest.getInstance(MessageDigestAlgorithms.SHA_256).digest(token.getBytes(StandardCharsets.UTF_8));\n    return TokenDao.existsByHash(HexFormat.of().formatHex(h));\n  }\n}\n",
  "wave": 3
 },
 {
  "name": "kdf4-helper-iterations",
  "kind": "vuln",
  "lang": "java",
  "cwe": 916,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\n@RestController\npublic class EnrollController {\n  @PostMapping(\"/enroll\")\n  public String enroll(@RequestParam String email, @RequestParam String password) throws GeneralSecurityException {\n    byte[] salt = new byte[16];\n    new SecureRandom().nextBytes(salt);\n    UserDao.insert(email, salt, derive(password.toCharArray(), salt));\n    return \"ok\";\n  }\n  private byte[] derive(char[] password, byte[] salt) throws GeneralSecurityException {\n    return SecretKeyFactory.getInstance(\"PBKDF2WithHmacSHA1\").generateSecret(new PBEKeySpec(password, salt, 5000, 160)).getEncoded();\n  }\n}\n",
  "wave": 3
 },
 {
  "name": "kdf4-helper-iterations",
  "kind": "safe",
  "lang": "java",
  "cwe": 916,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\n@RestController\npublic class EnrollController {\n  @PostMapping(\"/enroll\")\n  public String enroll(@RequestParam String email, @RequestParam String password) throws GeneralSecurityException {\n    byte[] salt = new byte[16];\n    new SecureRandom().nextBytes(salt);\n    UserDao.insert(email, salt, derive(password.toCharArray(), salt));\n    return \"ok\";\n  }\n  private byte[] derive(char[] password, byte[] salt) throws GeneralSecurityException {\n    return SecretKeyFactory.getInstance(\"PBKDF2WithHmacSHA256\").generateSecret(new PBEKeySpec(password, salt, 600000, 256)).getEncoded();\n  }\n}\n",
  "wave": 3
 },
 {
  "name": "tb26-list-in-session",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class WishlistServlet extends HttpServlet {\n  @SuppressWarnings(\"unchecked\")\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    HttpSession session = req.getSession();\n    List<String> wishlist = new ArrayList<>();\n    wishlist.add(req.getParameter(\"item\"));\n    session.setAttribute(\"wishlist\", wishlist);\n    resp.sendRedirect(\"/wishlist\");\n  }\n}\n",
  "wave": 3
 },
 {
  "name": "tb26-list-in-session",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class WishlistServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    HttpSession session = req.getSession();\n    List<Long> wishlist = new ArrayList<>();\n    wishlist.add(Long.parseLong(req.getParameter(\"item\")));\n    session.setAttribute(\"wishlist\", wishlist);\n    resp.sendRedirect(\"/wishlist\");\n  }\n}\n",
  "wave": 3
 },
 {
  "name": "tb27-basic-auth-username",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class BasicLoginServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String auth = req.getHeader(\"Authorization\");\n    String decoded = new String(Base64.getDecoder().decode(auth.substring(6)), \"UTF-8\");\n    String username = decoded.split(\":\", 2)[0];\n    req.getSession().setAttribute(\"username\", username);\n    resp.sendRedirect(\"/home\");\n  }\n}\n",
  "wave": 3
 },
 {
  "name": "tb27-basic-auth-username",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class BasicLoginServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String auth = req.getHeader(\"Authorization\");\n    String decoded = new String(Base64.getDecoder().decode(auth.substring(6)), \"UTF-8\");\n    String[] parts = decoded.split(\":\", 2);\n    Account account = AccountService.login(parts[0], parts[1]);\n    if (account == null) { resp.sendError(401); return; }\n    req.getSession().setAttribute(\"username\", account.getUsername());\n    resp.sendRedirect(\"/home\");\n  }\n}\n",
  "wave": 3
 },
 {
  "name": "tb28-parameter-values",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class FilterPrefsServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    req.getSession().setAttribute(\"filters\", req.getParameterValues(\"filter\"));\n    resp.sendRedirect(\"/list\");\n  }\n}\n",
  "wave": 3
 },
 {
  "name": "tb28-parameter-values",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class FilterPrefsServlet extends HttpServlet {\n  private static final Set<String> ALLOWED_FILTERS = Set.of(\"open\", \"closed\", \"mine\");\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    List<String> keep = new ArrayList<>();\n    String[] values = req.getParameterValues(\"filter\");\n    if (values != null) for (String v : values) if (ALLOWED_FILTERS.contains(v)) keep.add(v);\n    req.getSession().setAttribute(\"filters\", keep);\n    resp.sendRedirect(\"/list\");\n  }\n}\n",
  "wave": 3
 },
 {
  "name": "cmd39-useragent-concat-logger",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class AccessLogServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String ua = req.getHeader(\"User-Agent\");\n    String line = \"logger -t webapp \".concat(ua);\n    Runtime.getRuntime().exec(new String[] {\"/bin/bash\", \"-c\", line});\n    resp.setStatus(204);\n  }\n}\n",
  "wave": 4
 },
 {
  "name": "cmd39-useragent-concat-logger",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class AccessLogServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String ua = req.getHeader(\"User-Agent\");\n    Runtime.getRuntime().exec(new String[] {\"logger\", \"-t\", \"webapp\", \"--\", ua == null ? \"-\" : ua});\n    resp.setStatus(204);\n  }\n}\n",
  "wave": 4
 },
 {
  "name": "cmd40-multipart-originalname-exiftool",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.web.multipart.MultipartFile;\n\n@RestController\npublic class PhotoController {\n  @PostMapping(\"/photos\")\n  public String upload(@RequestPart(\"photo\") MultipartFile photo) throws IOException {\n    String name = photo.getOriginalFilename();\n    photo.transferTo(new File(\"/srv/photos/\" + UUID.randomUUID()));\n    Process p = Runtime.getRuntime().exec(\"exiftool -json /srv/photos/incoming/\" + name);\n    return new String(p.getInputStream().readAllBytes());\n  }\n}\n",
  "wave": 4
 },
 {
  "name": "cmd40-multipart-originalname-exiftool",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.web.multipart.MultipartFile;\n\n@RestController\npublic class PhotoController {\n  @PostMapping(\"/photos\")\n  public String upload(@RequestPart(\"photo\") MultipartFile photo) throws IOException {\n    File stored = new File(\"/srv/photos/\" + UUID.randomUUID());\n    photo.transferTo(stored);\n    Process p = new ProcessBuilder(\"exiftool\", \"-json\", stored.getPath()).start();\n    return new String(p.getInputStream().readAllBytes());\n  }\n}\n",
  "wave": 4
 },
 {
  "name": "cipher15-ctr-fixed-iv-field",
  "kind": "vuln",
  "lang": "java",
  "cwe": 329,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class ExportTokenServlet extends HttpServlet {\n  private static final byte[] IV = \"abcdefghijklmnop\".getBytes(StandardCharsets.US_ASCII);\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    try {\n      Cipher c = Cipher.getInstance(\"AES/CTR/NoPadding\");\n      c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KeyVault.bytes(\"export\"), \"AES\"), new IvParameterSpec(IV));\n      resp.setContentType(\"text/plain\");\n      resp.getWriter().print(Base64.getUrlEncoder().encodeToString(c.doFinal(req.getParameter(\"report\").getBytes(StandardCharsets.UTF_8))));\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 4
 },
 {
  "name": "cipher15-ctr-fixed-iv-field",
  "kind": "safe",
  "lang": "java",
  "cwe": 329,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\nimport java.security.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;\n\npublic class ExportTokenServlet extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    try {\n      byte[] iv = new byte[12];\n      new SecureRandom().nextBytes(iv);\n      Cipher c = Cipher.getInstance(\"AES/GCM/NoPadding\");\n      c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KeyVault.bytes(\"export\"), \"AES\"), new GCMParameterSpec(128, iv));\n      resp.setContentType(\"text/plain\");\n      resp.getWriter().print(Base64.getUrlEncoder().encodeToString(iv) + \".\" + Base64.getUrlEncoder().encodeToString(c.doFinal(req.getParameter(\"report\").getBytes(StandardCharsets.UTF_8))));\n    } catch (GeneralSecurityException e) { throw new IOException(e); }\n  }\n}\n",
  "wave": 4
 },
 {
  "name": "hash16-guava-sha1-signed-link",
  "kind": "vuln",
  "lang": "java",
  "cwe": 328,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.web.multipart.MultipartFile;\n\nimport com.google.common.hash.Hashing;\nimport java.nio.charset.StandardCharsets;\n@RestController\npublic class InviteController {\n  private final String secret = System.getenv(\"INVITE_SECRET\");\n  @PostMapping(\"/invites\")\n  public String invite(@RequestParam String email) {\n    String sig = Hashing.sha1().hashString(email + secret, StandardCharsets.UTF_8).toString();\n    return \"https://app.example.com/join?email=\" + java.net.URLEncoder.encode(email, StandardCharsets.UTF_8) + \"&sig=\" + sig;\n  }\n}\n",
  "wave": 4
 },
 {
  "name": "hash16-guava-sha1-signed-link",
  "kind": "safe",
  "lang": "java",
  "cwe": 328,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.web.multipart.MultipartFile;\n\nimport com.google.common.hash.Hashing;\nimport java.nio.charset.StandardCharsets;\n@RestController\npublic class InviteController {\n  private final String secret = System.getenv(\"INVITE_SECRET\");\n  @PostMapping(\"/invites\")\n  public String invite(@RequestParam String email) {\n    String sig = Hashing.hmacSha256(secret.getBytes(StandardCharsets.UTF_8)).hashString(email, StandardCharsets.UTF_8).toString();\n    return \"https://app.example.com/join?email=\" + java.net.URLEncoder.encode(email, StandardCharsets.UTF_8) + \"&sig=\" + sig;\n  }\n}\n",
  "wave": 4
 },
 {
  "name": "tb29-jaxrs-cookieparam-cart",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.*;\nimport javax.servlet.http.HttpServletRequest;\n\n@Path(\"/cart\")\npublic class CartResource {\n  @Context HttpServletRequest request;\n  @GET\n  @Path(\"/restore\")\n  public Response restore(@CookieParam(\"cart\") String cart) {\n    request.getSession().setAttribute(\"cartItems\", cart);\n    return Response.ok().build();\n  }\n}\n",
  "wave": 4
 },
 {
  "name": "tb29-jaxrs-cookieparam-cart",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.*;\nimport javax.servlet.http.HttpServletRequest;\n\n@Path(\"/cart\")\npublic class CartResource {\n  @Context HttpServletRequest request;\n  @GET\n  @Path(\"/restore\")\n  public Response restore(@CookieParam(\"cart\") String cart) {\n    if (cart == null || !cart.matches(\"[0-9]{1,9}(,[0-9]{1,9}){0,49}\")) return Response.status(400).build();\n    request.getSession().setAttribute(\"cartItems\", cart);\n    return Response.ok().build();\n  }\n}\n",
  "wave": 4
 },
 {
  "name": "tb30-split-permissions-set",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class DelegateServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    Set<String> perms = new HashSet<>(Arrays.asList(req.getParameter(\"perms\").split(\",\")));\n    req.getSession().setAttribute(\"grantedPermissions\", perms);\n    resp.sendRedirect(\"/delegate/done\");\n  }\n}\n",
  "wave": 4
 },
 {
  "name": "tb30-split-permissions-set",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.*;\nimport java.util.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class DelegateServlet extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    Set<String> perms = PermissionService.grantedTo(req.getUserPrincipal());\n    req.getSession().setAttribute(\"grantedPermissions\", perms);\n    resp.sendRedirect(\"/delegate/done\");\n  }\n}\n",
  "wave": 4
 }
];

describeProbes('round 15 class probes (java)', PROBES);
