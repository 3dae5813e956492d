// Injection sinks fed by a function's parameters in C, Java and PHP (as the Python and JavaScript
// rules already treat them), the safe shapes beside them (constant commands, argument vectors
// without a shell, escaped or validated values, private / static helpers only called with
// constants), quote-only escapers outside quotes, and PHP 8 `throw` as an early exit.
import { describe, expect, it } from 'vitest';
import { ruleIds as ids } from './code-probes.js';


describe('C: system / popen of a parameter', () => {
  it('a command taken whole from a parameter is flagged; a static helper only called with constants is not', async () => {
    expect(await ids('#include <stdlib.h>\nint run(const char *cmd) {\n  return system(cmd);\n}', 'c')).toContain('c.command-injection');
    expect(await ids('#include <stdio.h>\nFILE *p(const char *cmd) {\n  return popen(cmd, "r");\n}', 'c')).toContain('c.command-injection');
    expect(await ids('#include <stdlib.h>\nstatic int run(const char *cmd) {\n  return system(cmd);\n}\nint f(void) {\n  return run("ls -l");\n}', 'c')).not.toContain('c.command-injection');
    expect(await ids('#include <stdlib.h>\nint f(void) {\n  return system("uptime");\n}', 'c')).not.toContain('c.command-injection');
    // exec* without a shell: the program is fixed, the parameter is one argument
    expect(await ids('#include <unistd.h>\nint f(const char *dir) {\n  return execlp("ls", "ls", "-l", dir, (char *)NULL);\n}', 'c')).not.toContain('c.command-injection');
  });
});

describe('Java: Runtime.exec / ProcessBuilder with a parameter', () => {
  const cls = (body: string) => `import java.io.*;\nimport java.util.*;\npublic class R {\n${body}\n}`;
  it('a command line or a shell script from a parameter is flagged', async () => {
    expect(await ids(cls('  public Process run(String cmd) throws IOException {\n    return Runtime.getRuntime().exec(cmd);\n  }'), 'java')).toContain('java.command-injection');
    expect(await ids(cls('  public Process run(String s) throws IOException {\n    return new ProcessBuilder("sh", "-c", s).start();\n  }'), 'java')).toContain('java.command-injection');
    expect(await ids(cls('  public Process run(String s) throws IOException {\n    return Runtime.getRuntime().exec(new String[] {"/bin/bash", "-c", s});\n  }'), 'java')).toContain('java.command-injection');
  });
  it('argument vectors without a shell, and constants, are not', async () => {
    expect(await ids(cls('  public Process run(String host) throws IOException {\n    return new ProcessBuilder("ping", "-c", "1", host).start();\n  }'), 'java')).not.toContain('java.command-injection');
    expect(await ids(cls('  public Process run(String[] argv) throws IOException {\n    return Runtime.getRuntime().exec(argv);\n  }'), 'java')).not.toContain('java.command-injection');
    expect(await ids(cls('  public Process run(List<String> argv) throws IOException {\n    return new ProcessBuilder(argv).start();\n  }'), 'java')).not.toContain('java.command-injection');
    expect(await ids(cls('  public Process run(String host) throws IOException {\n    return Runtime.getRuntime().exec(new String[] {"ping", "-c", "1", host});\n  }'), 'java')).not.toContain('java.command-injection');
  });
  it('a private method has the values its callers pass', async () => {
    const helper = '  private Process runCommand(String cmd) throws IOException {\n    return Runtime.getRuntime().exec(cmd);\n  }\n';
    expect(await ids(cls(`${helper}  public Process uptime() throws IOException {\n    return runCommand("uptime");\n  }`), 'java')).not.toContain('java.command-injection');
    expect(await ids(cls(`${helper}  public Process any(String c) throws IOException {\n    return this.runCommand(c);\n  }`), 'java')).toContain('java.command-injection');
    // public: callable from elsewhere, its parameter stays unknown
    expect(await ids(cls(`${helper.replace('private', 'public')}  public Process uptime() throws IOException {\n    return runCommand("uptime");\n  }`), 'java')).toContain('java.command-injection');
  });
});

describe('Java: a file name from a parameter joined to a base directory', () => {
  const cls = (body: string) => `import java.io.*;\nimport java.nio.file.*;\npublic class S {\n${body}\n}`;
  it('new File(base, name), base.resolve(name) and "/dir/" + name are flagged; a checked path is not', async () => {
    expect(await ids(cls('  public FileInputStream open(String name) throws IOException {\n    return new FileInputStream(new File("/srv/data", name));\n  }'), 'java')).toContain('java.path-traversal');
    expect(await ids(cls('  public String read(String name) throws Exception {\n    return Files.readString(Paths.get("/srv/data").resolve(name));\n  }'), 'java')).toContain('java.path-traversal');
    expect(await ids(cls('  public String read(String name) throws Exception {\n    Path base = Paths.get("/srv/data");\n    Path p = base.resolve(name).normalize();\n    if (!p.startsWith(base)) throw new SecurityException();\n    return Files.readString(p);\n  }'), 'java')).not.toContain('java.path-traversal');
    // a path handed over whole: the caller chose it, nothing is joined
    expect(await ids(cls('  public FileInputStream open(String path) throws IOException {\n    return new FileInputStream(path);\n  }'), 'java')).not.toContain('java.path-traversal');
  });
});

describe('PHP: shell functions of a parameter', () => {
  it('system / exec / shell_exec / passthru / popen of a parameter are flagged; escaped or validated ones are not', async () => {
    for (const f of ['system($c)', 'exec($c, $out)', 'shell_exec($c)', 'passthru($c)', 'popen($c, "r")'])
      expect(await ids(`<?php\nfunction run($c) {\n    return ${f};\n}`, 'php')).toContain('php.command-injection');
    expect(await ids('<?php\nfunction run($f) {\n    return shell_exec("wc -l " . escapeshellarg($f));\n}', 'php')).not.toContain('php.command-injection');
    expect(await ids('<?php\nfunction run($d) {\n    return proc_open(["ls", "-l", $d], [1 => ["pipe", "w"]], $pipes);\n}', 'php')).not.toContain('php.command-injection');
  });
  it('PHP 8 throw after a failed check is an early exit', async () => {
    const code = (check: string) => `<?php\nfunction run($n) {\n    if (!preg_match('/^[a-z0-9_]+$/', $n)) {\n        ${check}\n    }\n    system("/opt/scripts/" . $n . ".sh");\n}`;
    expect(await ids(code('throw new InvalidArgumentException("bad name");'), 'php')).not.toContain('php.command-injection');
    expect(await ids(code('error_log("bad name");'), 'php')).toContain('php.command-injection');
  });
});

describe('quote-only escapers clean a value inside quotes only', () => {
  it('PHP: mysql_real_escape_string / addslashes / ->real_escape_string', async () => {
    expect(await ids('<?php\n$a = mysql_real_escape_string($_GET["id"]);\nmysql_query("SELECT * FROM t WHERE id = $a");', 'php')).toContain('php.sql-injection');
    expect(await ids('<?php\n$a = mysql_real_escape_string($_GET["n"]);\nmysql_query("SELECT * FROM t WHERE n = \'$a\'");', 'php')).not.toContain('php.sql-injection');
    expect(await ids('<?php\n$d = addslashes($_GET["id"]);\nmysql_query("SELECT * FROM t WHERE id = " . $d);', 'php')).toContain('php.sql-injection');
    expect(await ids('<?php\n$c = addslashes($_GET["n"]);\nmysql_query("SELECT * FROM t WHERE n = \\"" . $c . "\\"");', 'php')).not.toContain('php.sql-injection');
    expect(await ids('<?php\n$m = new mysqli("h", "u", "p", "d");\n$m->query("SELECT * FROM t WHERE n = \'" . $m->real_escape_string($_GET["n"]) . "\'");', 'php')).not.toContain('php.sql-injection');
    expect(await ids('<?php\n$m = new mysqli("h", "u", "p", "d");\n$m->query("SELECT * FROM t WHERE id = " . $m->real_escape_string($_GET["id"]));', 'php')).toContain('php.sql-injection');
    // a value that cannot hold anything but digits stays clean anywhere
    expect(await ids('<?php\n$e = intval($_GET["id"]);\nmysql_query("SELECT * FROM t WHERE id = " . $e);', 'php')).not.toContain('php.sql-injection');
  });
  it('Java: ESAPI encodeForSQL outside quotes', async () => {
    const j = (q: string) => `class Q {\n  void f(javax.servlet.http.HttpServletRequest request, java.sql.Statement st) throws Exception {\n    String v = org.owasp.esapi.ESAPI.encoder().encodeForSQL(new org.owasp.esapi.codecs.MySQLCodec(org.owasp.esapi.codecs.MySQLCodec.Mode.STANDARD), request.getParameter("v"));\n    st.executeQuery(${q});\n  }\n}`;
    expect(await ids(j('"SELECT * FROM t WHERE id = " + v'), 'java')).toContain('java.sql-injection');
    expect(await ids(j('"SELECT * FROM t WHERE name = \'" + v + "\'"'), 'java')).not.toContain('java.sql-injection');
  });
});

describe('PHP: a file chosen by the request, read without an authorization check', () => {
  it('is CWE-862 unless the script checks a session or permission, or the name is allow-listed', async () => {
    expect(await ids('<?php\n$fh = fopen($_GET["f"], "r");', 'php')).toContain('php.file-access-without-authorization');
    expect(await ids('<?php\nsession_start();\nif (empty($_SESSION["uid"])) { exit; }\n$fh = fopen($_GET["f"], "r");', 'php')).not.toContain('php.file-access-without-authorization');
    expect(await ids('<?php\n$f = $_GET["f"];\nif (!in_array($f, array("a.txt", "b.txt"), true)) { $f = "a.txt"; }\n$fh = fopen($f, "r");', 'php')).not.toContain('php.file-access-without-authorization');
    // a licence comment that mentions "Permission" is no authorization check
    expect(await ids('<?php\n/* Permission is hereby granted, free of charge */\n$fh = fopen($_GET["f"], "r");', 'php')).toContain('php.file-access-without-authorization');
  });
});

describe('C: <limits.h> limits are constants', () => {
  it('INT_MAX folds: arithmetic on it overflows, and a branch it makes false is dead', async () => {
    expect(await ids('#include <limits.h>\nint f(void) {\n  int v = INT_MAX;\n  return v + 1;\n}', 'c')).toContain('c.integer-overflow-at-limit');
    expect(await ids('#include <limits.h>\nint f(void) {\n  int v = INT_MAX;\n  if (v < INT_MAX) {\n    return v + 1;\n  }\n  return v;\n}', 'c')).not.toContain('c.integer-overflow-at-limit');
    // the type decides: a long holds INT_MAX + 1
    expect(await ids('#include <limits.h>\nlong f(void) {\n  long v = INT_MAX;\n  return v + 1;\n}', 'c')).not.toContain('c.integer-overflow-at-limit');
    // a file that defines the name itself is not <limits.h>
    expect(await ids('static int INT_MAX = 5;\nint f(void) {\n  int v = INT_MAX;\n  return v + 1;\n}', 'c')).not.toContain('c.integer-overflow-at-limit');
  });
});

describe('C: an index parameter of a function that receives the size', () => {
  it('is flagged when never compared, not when checked or when the function gets no size', async () => {
    expect(await ids('int get(const int *a, int size, int index) {\n  return a[index];\n}', 'c')).toContain('c.unchecked-index-parameter');
    expect(await ids('int get(const int *a, int size, int index) {\n  if (index >= size || index < 0) return -1;\n  return a[index];\n}', 'c')).not.toContain('c.unchecked-index-parameter');
    expect(await ids('int get(const int *a, int index) {\n  return a[index];\n}', 'c')).not.toContain('c.unchecked-index-parameter');
  });
});

describe('Java: objects the servlet container passes are no parameters of the caller\'s choosing', () => {
  const servlet = (body: string) => `import java.io.*;\nimport javax.servlet.http.*;\npublic class S extends HttpServlet {\n  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {\n${body}\n  }\n}`;
  it('a session attribute or the context path is not input; the request\'s parameters and uploaded file names are', async () => {
    expect(await ids(servlet('    String user = (String) request.getSession().getAttribute("user");\n    Runtime.getRuntime().exec("ls /home/" + user);'), 'java')).not.toContain('java.command-injection');
    expect(await ids(servlet('    String dir = request.getServletContext().getRealPath("/WEB-INF");\n    new FileInputStream(dir + "/app.xml");'), 'java')).not.toContain('java.path-traversal');
    expect(await ids(servlet('    String d = request.getParameter("d");\n    Runtime.getRuntime().exec("ls " + d);'), 'java')).toContain('java.command-injection');
    expect(await ids(servlet('    Part p = request.getPart("file");\n    File f = new File("/srv/uploads", p.getSubmittedFileName());\n    p.write(f.getPath());'), 'java')).toContain('java.path-traversal');
  });
});

describe('C: a NULL test that short-circuits protects the dereference after it', () => {
  const f = (cond: string) => `#include <stddef.h>\nstruct s { int a; };\nint f(void) {\n  struct s *p = NULL;\n  if (${cond}) return 1;\n  return 0;\n}`;
  it('&&, || and ?: guard; a bitwise & does not', async () => {
    expect(await ids(f('(p != NULL) & (p->a == 5)'), 'c')).toContain('c.null-dereference');
    expect(await ids(f('(p != NULL) && (p->a == 5)'), 'c')).not.toContain('c.null-dereference');
    expect(await ids(f('p == NULL || p->a == 5'), 'c')).not.toContain('c.null-dereference');
    expect(await ids(f('p ? p->a == 5 : 0'), 'c')).not.toContain('c.null-dereference');
  });
});

describe('C: strcmp against constants is an allow-list check', () => {
  const f = (body: string) => `#include <stdlib.h>\n#include <string.h>\nint run(const char *cmd, const char *other) {\n${body}\n  return -1;\n}`;
  it('strcmp(x, "k") == 0 (alone, with ||, or an early exit) accepts x; a non-zero strcmp or a non-constant other side does not', async () => {
    expect(await ids(f('  if (strcmp(cmd, "uptime") == 0 || strcmp(cmd, "date") == 0) return system(cmd);'), 'c')).not.toContain('c.command-injection');
    expect(await ids(f('  if (strcmp(cmd, "uptime") != 0) return -1;\n  return system(cmd);'), 'c')).not.toContain('c.command-injection');
    expect(await ids(f('  static const char *ok[] = {"ls", "date"};\n  for (int i = 0; i < 2; i++) if (!strcmp(cmd, ok[i])) return system(cmd);'), 'c')).not.toContain('c.command-injection');
    expect(await ids(f('  if (strcmp(cmd, "uptime")) return system(cmd);'), 'c')).toContain('c.command-injection');
    expect(await ids(f('  if (strcmp(cmd, other) == 0) return system(cmd);'), 'c')).toContain('c.command-injection');
  });
});

describe('Java: PATTERN.matcher(x).matches() validates x', () => {
  it('an early exit on a failed match cleans the value; a match on something else does not', async () => {
    const cls = (body: string) => `import java.io.*;\nimport java.util.regex.Pattern;\npublic class V {\n  private static final Pattern HOST = Pattern.compile("^[a-zA-Z0-9.-]+$");\n  public Process ping(String host) throws IOException {\n${body}\n  }\n}`;
    expect(await ids(cls('    if (!HOST.matcher(host).matches()) throw new IllegalArgumentException();\n    return Runtime.getRuntime().exec("ping -c 1 " + host);'), 'java')).not.toContain('java.command-injection');
    expect(await ids(cls('    if (!HOST.matcher("localhost").matches()) throw new IllegalArgumentException();\n    return Runtime.getRuntime().exec("ping -c 1 " + host);'), 'java')).toContain('java.command-injection');
  });
});

describe('Java: the arguments of main are input, a parameter that happens to be named args is not', () => {
  it('main(String[] args) is a source; args of another method is a parameter (no shell, no finding)', async () => {
    expect(await ids('public class M {\n  public static void main(String[] args) throws Exception {\n    Runtime.getRuntime().exec("ls " + args[0]);\n  }\n}', 'java')).toContain('java.command-injection');
    const argv = 'import java.util.*;\npublic class R {\n  public Process convert(List<String> args) throws Exception {\n    List<String> cmd = new ArrayList<>();\n    cmd.add("/usr/bin/convert");\n    cmd.addAll(args);\n    return new ProcessBuilder(cmd).start();\n  }\n}';
    expect(await ids(argv, 'java')).not.toContain('java.command-injection');
  });
});

describe('Java: replaceAll of everything outside a small allow-list cleans', () => {
  it('s.replaceAll("[^a-zA-Z0-9]", "") and "\\\\W" clean; a replace of one character does not', async () => {
    const m = (expr: string) => `public class W {\n  public int f(String dir) throws Exception {\n    return Runtime.getRuntime().exec("ls " + ${expr}).waitFor();\n  }\n}`;
    expect(await ids(m('dir.replaceAll("[^a-zA-Z0-9]", "")'), 'java')).not.toContain('java.command-injection');
    expect(await ids(m('dir.replaceAll("\\\\W", "")'), 'java')).not.toContain('java.command-injection');
    expect(await ids(m('dir.replaceAll(";", "")'), 'java')).toContain('java.command-injection');
  });
});

describe('C++: a command assembled in a std::ostringstream', () => {
  it('os << "ls " << dir; system(os.str().c_str()) carries dir; constant pieces do not', async () => {
    const f = (piece: string) => `#include <cstdlib>\n#include <sstream>\n#include <string>\nint run(const std::string &dir) {\n  std::ostringstream os;\n  os << "ls -l " << ${piece};\n  return std::system(os.str().c_str());\n}`;
    expect(await ids(f('dir'), 'cpp')).toContain('c.command-injection');
    expect(await ids(f('"/tmp"'), 'cpp')).not.toContain('c.command-injection');
  });
});

describe('Java: allow-list contains() checks', () => {
  it('allowedX.contains(v) and Set.of("a", "b").contains(v) validate; an arbitrary set passed in does not', async () => {
    const cls = (decl: string, check: string) => `import java.util.*;\npublic class Y {\n${decl}\n  public Process run(String cmd, Set<String> known) throws Exception {\n    if (!${check}.contains(cmd)) throw new IllegalArgumentException();\n    return Runtime.getRuntime().exec(cmd);\n  }\n}`;
    expect(await ids(cls('  private static final Set<String> allowedCommands = Set.of("ls", "date");', 'allowedCommands'), 'java')).not.toContain('java.command-injection');
    expect(await ids(cls('', 'Set.of("ls", "date")'), 'java')).not.toContain('java.command-injection');
    expect(await ids(cls('', 'known'), 'java')).toContain('java.command-injection');
  });
});

describe('C: sprintf / snprintf with a numeric conversion writes a number', () => {
  it('"kill %d" of an int parameter is no command injection; "%s" of a string parameter is', async () => {
    const f = (ty: string, conv: string) => `#include <stdio.h>\n#include <stdlib.h>\nint stop(${ty} pid) {\n  char cmd[64];\n  snprintf(cmd, sizeof cmd, "kill -9 ${conv}", pid);\n  return system(cmd);\n}`;
    expect(await ids(f('int', '%d'), 'c')).not.toContain('c.command-injection');
    expect(await ids(f('long', '%ld'), 'c')).not.toContain('c.command-injection');
    expect(await ids(f('const char *', '%s'), 'c')).toContain('c.command-injection');
  });
});

describe('C: printf-style wrappers', () => {
  const wrapper = '#include <stdio.h>\n#include <stdarg.h>\nvoid log_error(const char *fmt, ...) {\n  va_list ap;\n  va_start(ap, fmt);\n  vfprintf(stderr, fmt, ap);\n  va_end(ap);\n}\n';
  it('a variadic wrapper that hands its format to vfprintf is no sink itself; its callers with a non-literal format are', async () => {
    expect(await ids(wrapper, 'c')).not.toContain('c.format-string');
    expect(await ids(`${wrapper}void f(const char *m) {\n  log_error("%s", m);\n}`, 'c')).not.toContain('c.format-string-wrapper');
    expect(await ids(`${wrapper}void f(const char *m) {\n  log_error(m);\n}`, 'c')).toContain('c.format-string-wrapper');
    // a non-variadic function that prints its parameter as the format is the bug itself
    expect(await ids('#include <stdio.h>\nvoid show(const char *msg) {\n  printf(msg);\n}', 'c')).toContain('c.format-string');
  });
});

describe('C: the body of a do … while runs at least once', () => {
  it('a wipe before the first break of a do { } while (0) hides the earlier input; one after a break does not', async () => {
    const f = (body: string) => `#include <winsock2.h>\n#include <windows.h>\nvoid login(SOCKET s, int ok) {\n  char password[100] = "";\n  HANDLE h;\n  recv(s, password, 99, 0);\n  SOCKET t = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);\n  do {\n${body}\n  } while (0);\n  LogonUserA("user", "domain", password, LOGON32_LOGON_NETWORK, LOGON32_PROVIDER_DEFAULT, &h);\n}`;
    expect(await ids(f('    SecureZeroMemory(password, sizeof password);\n    if (!ok) break;'), 'c')).not.toContain('c.credential-from-cleartext-channel');
    expect(await ids(f('    if (!ok) break;\n    SecureZeroMemory(password, sizeof password);'), 'c')).toContain('c.credential-from-cleartext-channel');
  });
});

describe('C++: reads from std::cin and std::getline are input', () => {
  it('cin >> name and getline(cin, line) taint the variable; a constant does not', async () => {
    const f = (read: string) => `#include <iostream>\n#include <string>\n#include <cstdlib>\nint main() {\n  std::string v = "uptime";\n  ${read}\n  return std::system(("echo " + v).c_str());\n}`;
    expect(await ids(f('std::cin >> v;'), 'cpp')).toContain('c.command-injection');
    expect(await ids(f('std::getline(std::cin, v);'), 'cpp')).toContain('c.command-injection');
    expect(await ids(f(''), 'cpp')).not.toContain('c.command-injection');
  });
});
