// C# in the code-security analyzer: parsing (tree-sitter-c-sharp), language names and extensions,
// request sources (ASP.NET Core controllers and [From*] parameters, minimal APIs, Request.Query /
// Form / Cookies / Headers / RouteValues, WebForms, console input, Main's args, the environment),
// taint through C# syntax (interpolation, +, string.Format, StringBuilder, +=, out arguments,
// properties of bound objects, helpers of the file), sanitizers (int.Parse, Guid.Parse, encoders),
// every rule class with its safe twin, fenced ```csharp blocks, the CLI / SARIF output for .cs
// files, repairCode (unsupported), and the round-8 probe set written before the rules were run.
import { describe, expect, it } from 'vitest';
import { analyzeCode, checkCode, codeHints, extractCodeBlocks, checkCodeBlocks, languageFromPath, normalizeLanguage, loadCodeRules, repairCode, CODE_LANGUAGES } from '../lib/code/index.js';
import { expectCodeCheckFinding } from './helpers.js';

const ids = async (code: string, minConfidence: 'low' | 'medium' = 'medium') => (await checkCode(code, { language: 'csharp', minConfidence })).map((f) => f.ruleId);

/** a controller action around `body` (parameters `params`) */
const ctrl = (params: string, body: string, usings = '') =>
  `using Microsoft.AspNetCore.Mvc;\nusing System.Data.SqlClient;\nusing System.Diagnostics;\n${usings}\n[ApiController]\n[Route("api/[controller]")]\npublic class ItemsController : ControllerBase\n{\n    private readonly string _cs = "Server=.;Database=App;Integrated Security=true";\n\n    [HttpGet]\n    public IActionResult Get(${params})\n    {\n${body}\n        return Ok();\n    }\n}\n`;

describe('C#: language wiring', () => {
  it('csharp is a language: names, aliases and the .cs extension', () => {
    expect(CODE_LANGUAGES).toContain('csharp');
    for (const a of ['csharp', 'cs', 'c#', 'C#', 'CSharp', 'dotnet']) expect(normalizeLanguage(a)).toBe('csharp');
    expect(languageFromPath('src/Controllers/HomeController.cs')).toBe('csharp');
    expect(languageFromPath('script.csx')).toBe('csharp');
    expect(languageFromPath('App.csproj')).toBeUndefined();
  });

  it('parses C# source (complete, no recovery) and reports fragments as partial', async () => {
    const ok = await analyzeCode('using System;\n\nnamespace App;\n\npublic class Program\n{\n    public static void Main() => Console.WriteLine("hi");\n}\n', { language: 'csharp' });
    expect(ok.language).toBe('csharp');
    expect(ok.partial).toBe(false);
    expect(ok.findings).toEqual([]);
    const frag = await analyzeCode('public void Run(string[] args) {\n    Process.Start("cmd.exe", "/c " + args[0]);\n', { language: 'cs' });
    expect(frag.partial).toBe(true);
    expect(frag.findings.map((f) => f.ruleId)).toContain('cs.command-injection');
  });

  it('every C# rule names csharp only, with CWE / OWASP / NIST and examples', () => {
    const cs = loadCodeRules().rules.filter((r) => r.id.startsWith('cs.'));
    expect(cs.length).toBeGreaterThanOrEqual(40);
    for (const r of cs) {
      expect(r.languages).toEqual(['csharp']);
      expect(r.file).toBe('csharp.json');
      expect(r.cwe).toMatch(/^CWE-\d+$/);
      expect(r.owasp).toMatch(/^A\d\d:2021-/);
      expect(r.nist).toMatch(/SSDF|SP 800-53/);
      expect(r.examples.vulnerable.length).toBeGreaterThan(0);
      expect(r.examples.safe.length).toBeGreaterThan(0);
    }
  });

  it('repairCode reports C# findings as unsupported and leaves the code alone', async () => {
    const code = ctrl('string name', '        var cmd = new SqlCommand("SELECT * FROM T WHERE N = \'" + name + "\'");');
    const r = await repairCode(code, { language: 'csharp' });
    expect(r.code).toBe(code);
    expect(r.repairs.length).toBeGreaterThan(0);
    for (const x of r.repairs) expect(x.status).toBe('unsupported');
  });
});

describe('C#: sources', () => {
  const sql = (expr: string) => `        var v = ${expr};\n        var cmd = new SqlCommand("SELECT * FROM T WHERE N = '" + v + "'");\n        cmd.ExecuteReader();`;
  const cmd = (expr: string) => `        Process.Start("cmd.exe", "/c dir " + ${expr});`;
  it('controller action parameters and [FromQuery] / [FromForm] / [FromBody] / [FromRoute] / [FromHeader] parameters', async () => {
    for (const p of ['string name', '[FromQuery] string name', '[FromForm] string name', '[FromRoute] string name', '[FromHeader(Name = "X-Name")] string name'])
      expect(await ids(ctrl(p, cmd('name'))), p).toContain('cs.command-injection');
    expect(await ids(ctrl('[FromBody] Req req', cmd('req.Name')))).toContain('cs.command-injection');
  });
  it('Request.Query / Form / Cookies / Headers / RouteValues, HttpContext.Request, TryGetValue', async () => {
    for (const e of ['Request.Query["q"]', 'Request.Form["q"].ToString()', 'Request.Cookies["q"]', 'Request.Headers["X-Q"].ToString()', 'Request.RouteValues["q"]?.ToString()', 'HttpContext.Request.Query["q"]'])
      expect(await ids(ctrl('', sql(e))), e).toContain('cs.sql-injection');
    const tg = ctrl('', '        if (Request.Query.TryGetValue("q", out var q))\n            Process.Start("cmd.exe", "/c dir " + q);');
    expect(await ids(tg)).toContain('cs.command-injection');
  });
  it('minimal APIs: the parameters of a MapGet / MapPost lambda; services are not input', async () => {
    const code = 'var app = WebApplication.Create(args);\napp.MapGet("/x", (string q, AppDbContext db) => db.Database.ExecuteSqlRaw("DELETE FROM T WHERE N = \'" + q + "\'"));\napp.Run();\n';
    expect(await ids(code)).toContain('cs.sql-injection');
    const svc = 'using System.Diagnostics;\nvar app = WebApplication.Create(args);\napp.MapGet("/x", (ILogger<Program> log, HttpContext ctx) => Process.Start("cmd.exe", "/c dir " + log.ToString()));\napp.Run();\n';
    expect(await ids(svc)).not.toContain('cs.command-injection');
  });
  it('Razor Pages: [BindProperty] properties (and those of a [BindProperties] class) are input; number properties are not', async () => {
    const page = (attr: string, type: string) => `using System.Diagnostics;\nusing Microsoft.AspNetCore.Mvc.RazorPages;\n\n${attr === 'class' ? '[BindProperties]\n' : ''}public class ToolModel : PageModel\n{\n    ${attr === 'prop' ? '[BindProperty]\n    ' : ''}public ${type} Target { get; set; }\n\n    public void OnPost()\n    {\n        Process.Start("cmd.exe", "/c ping " + Target);\n    }\n}\n`;
    expect(await ids(page('prop', 'string'))).toContain('cs.command-injection');
    expect(await ids(page('class', 'string'))).toContain('cs.command-injection');
    expect(await ids(page('prop', 'int'))).not.toContain('cs.command-injection');
    expect(await ids(page('none', 'string'))).not.toContain('cs.command-injection');
  });
  it('WebForms Request.QueryString / Request["x"], Console.ReadLine, Main args, environment variables', async () => {
    const page = (e: string) => `using System.Diagnostics;\npublic partial class P : System.Web.UI.Page\n{\n    protected void Page_Load(object sender, EventArgs e)\n    {\n        Process.Start("cmd.exe", "/c dir " + ${e});\n    }\n}\n`;
    expect(await ids(page('Request.QueryString["d"]'))).toContain('cs.command-injection');
    expect(await ids(page('Request["d"]'))).toContain('cs.command-injection');
    const main = (e: string) => `using System.Diagnostics;\nclass P\n{\n    static void Main(string[] args)\n    {\n        var d = ${e};\n        Process.Start("/bin/sh", "-c \\"ls " + d + "\\"");\n    }\n}\n`;
    for (const e of ['Console.ReadLine()', 'args[0]', 'Environment.GetEnvironmentVariable("DIR")']) expect(await ids(main(e)), e).toContain('cs.command-injection');
  });
  it('numbers, Guids and parsed values carry nothing: int / Guid parameters, int.Parse, Guid.Parse, int.TryParse', async () => {
    expect(await ids(ctrl('int id, Guid key', sql('id + "-" + key')))).not.toContain('cs.sql-injection');
    for (const e of ['int.Parse(Request.Query["n"])', 'Guid.Parse(Request.Query["n"]!)', 'Convert.ToInt32(Request.Form["n"])'])
      expect(await ids(ctrl('', sql(e))), e).not.toContain('cs.sql-injection');
    const tp = ctrl('string n', '        if (!int.TryParse(n, out var num)) return BadRequest();\n        var cmd = new SqlCommand("SELECT * FROM T WHERE Id = " + num);');
    expect(await ids(tp)).not.toContain('cs.sql-injection');
  });
});

describe('C#: taint through C# syntax', () => {
  it('interpolation, concatenation, string.Format, string.Concat, StringBuilder and += build SQL', async () => {
    const bodies = [
      '        var sql = $"SELECT * FROM T WHERE N = \'{name}\'";\n        new SqlCommand(sql).ExecuteReader();',
      '        string sql = "SELECT * FROM T WHERE N = \'" + name + "\'";\n        new SqlCommand(sql).ExecuteReader();',
      '        var sql = string.Format("SELECT * FROM T WHERE N = \'{0}\'", name);\n        new SqlCommand(sql).ExecuteReader();',
      '        var sql = string.Concat("SELECT * FROM T WHERE N = \'", name, "\'");\n        new SqlCommand(sql).ExecuteReader();',
      '        var sb = new System.Text.StringBuilder("SELECT * FROM T WHERE N = \'");\n        sb.Append(name).Append("\'");\n        new SqlCommand(sb.ToString()).ExecuteReader();',
      '        var sql = "SELECT * FROM T";\n        sql += " WHERE N = \'" + name + "\'";\n        new SqlCommand(sql).ExecuteReader();',
    ];
    for (const b of bodies) expect(await ids(ctrl('string name', b)), b).toContain('cs.sql-injection');
  });
  it('a constant table name, a numeric parameter and parameters are safe', async () => {
    const b = '        const string Table = "Users";\n        var cmd = new SqlCommand($"SELECT * FROM {Table} WHERE Name = @n AND Age > " + age);\n        cmd.Parameters.AddWithValue("@n", name);\n        cmd.ExecuteReader();';
    expect(await ids(ctrl('string name, int age', b))).toEqual([]);
  });
  it('a property of a bound object, and a helper method of the file that receives the value', async () => {
    const helper = 'using Microsoft.AspNetCore.Mvc;\nusing System.Data.SqlClient;\n\npublic class SearchController : Controller\n{\n    public IActionResult Find(SearchForm form)\n    {\n        return Ok(Run(form.Term));\n    }\n\n    private int Run(string term)\n    {\n        var cmd = new SqlCommand("SELECT COUNT(*) FROM T WHERE N = \'" + term + "\'");\n        return (int)cmd.ExecuteScalar();\n    }\n}\n';
    expect(await ids(helper)).toContain('cs.sql-injection');
    const ret = 'using Microsoft.AspNetCore.Mvc;\nusing System.Diagnostics;\n\npublic class ToolsController : Controller\n{\n    private string Arg() => Request.Query["a"];\n\n    public IActionResult Run()\n    {\n        Process.Start("cmd.exe", "/c " + Arg());\n        return Ok();\n    }\n}\n';
    expect(await ids(ret)).toContain('cs.command-injection');
  });
  it('an early return on a failed Regex.IsMatch / allow-list check validates; comments and strings are no sinks', async () => {
    const guard = ctrl('string name', '        if (!System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z]+$")) return BadRequest();\n        Process.Start("cmd.exe", "/c dir " + name);');
    expect(await ids(guard)).not.toContain('cs.command-injection');
    const text = ctrl('string name', '        // Process.Start("cmd.exe", "/c dir " + name);\n        var doc = "Process.Start(\\"cmd.exe\\", name)";\n        if (false) Process.Start("cmd.exe", "/c dir " + name);');
    expect(await ids(text)).toEqual([]);
  });
});

describe('C#: blocks, hints, CLI and SARIF', () => {
  it('```csharp, ```cs and ```c# blocks of a reply are analysed', async () => {
    for (const fence of ['csharp', 'cs', 'c#']) {
      const reply = `Here is the handler:\n\n\`\`\`${fence}\nusing System.Net;\n\nclass P\n{\n    static void Main()\n    {\n        ServicePointManager.ServerCertificateValidationCallback = (s, c, ch, e) => true;\n    }\n}\n\`\`\`\n`;
      const blocks = extractCodeBlocks(reply);
      expect(blocks.map((b) => b.language), fence).toEqual(['csharp']);
      const found = await checkCodeBlocks(reply);
      expect(found.map((f) => f.ruleId), fence).toContain('cs.tls-validation-disabled');
      expect(found.find((f) => f.ruleId === 'cs.tls-validation-disabled')!.line).toBe(10);
    }
  });

  it('codeHints accepts language csharp', () => {
    expect(() => codeHints('write an ASP.NET Core controller that looks up a user by name in SQL Server', { language: 'c#' })).not.toThrow();
  });

  it('code-check reads .cs files by extension; SARIF validates and names the rule', () => {
    expectCodeCheckFinding('Program.cs', 'using System.Diagnostics;\n\nclass Program\n{\n    static void Main(string[] args)\n    {\n        Process.Start("cmd.exe", "/c type " + args[0]);\n    }\n}\n', 'cs.command-injection', 'critical', 7);
  });
});

// ---- round-8 probe set (probe first): everyday C# written before the analyzer was run on it ----
// First contact (default confidence): wave 1 53/56 vulnerable flagged in their class, 2/56 safe
// flagged; wave 2 (written after the first fixes) 17/19 and 2/24; wave 3 (Azure Functions, SignalR,
// Razor Pages, view components) 9/10 and 0/10. Each vulnerable probe must be
// flagged in its CWE class (at minConfidence low where its rule is an audit rule), each safe one
// must have no finding at the default confidence.
const CLASSES: Record<string, number[]> = {
  sqli: [89, 564, 943], cmdi: [78, 77, 88], codei: [94, 95, 1336], xss: [79, 80, 81, 83], path: [22, 23, 36, 73], ssrf: [918], xxe: [611, 776],
  deser: [502], hash: [328, 327, 916, 759, 760, 326, 329], random: [330, 338, 336], creds: [798, 259, 321, 256, 522], tls: [295, 319],
  authz: [862, 284, 306, 285], cookie: [614, 1004, 315, 539], redirect: [601], ldap: [90], xpath: [643, 91],
};
const classOf = (cwe: string) => {
  const n = Number(cwe.replace('CWE-', ''));
  for (const [k, v] of Object.entries(CLASSES)) if (v.includes(n)) return k;
  return `cwe${n}`;
};
const LOW_RULES = new Set(['CWE-117', 'CWE-915']);

describe('C#: probe set (vulnerable: flagged in class)', () => {
  for (const [name, [cwe, code]] of Object.entries(PROBES_VULNERABLE))
    it(name, async () => {
      const f = await checkCode(code, { language: 'csharp', minConfidence: LOW_RULES.has(cwe) ? 'low' : 'medium' });
      expect(f.map((x) => `${x.ruleId} ${x.cwe}`).join(', ')).toSatisfy(() => f.some((x) => classOf(x.cwe) === classOf(cwe)));
    });
});

describe('C#: probe set (safe twins: no finding)', () => {
  for (const [name, [, code]] of Object.entries(PROBES_SAFE))
    it(name, async () => {
      expect((await checkCode(code, { language: 'csharp' })).map((x) => `${x.ruleId}@${x.line}`)).toEqual([]);
    });
});

const PROBES_VULNERABLE: Record<string, [string, string]> = {
  "authz_allowanonymous_delete": [
    "CWE-862",
    "using Microsoft.AspNetCore.Authorization;\nusing Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/admin/users\")]\n[Authorize(Roles = \"Admin\")]\npublic class AdminUsersController : ControllerBase\n{\n    private readonly AppDbContext _db;\n    public AdminUsersController(AppDbContext db) { _db = db; }\n\n    [HttpDelete(\"{id}\")]\n    [AllowAnonymous]\n    public async Task<IActionResult> DeleteUser(int id)\n    {\n        var user = await _db.Users.FindAsync(id);\n        if (user == null) return NotFound();\n        _db.Users.Remove(user);\n        await _db.SaveChangesAsync();\n        return NoContent();\n    }\n}\n"
  ],
  "cipher_des": [
    "CWE-327",
    "using System.Security.Cryptography;\nusing System.Text;\n\npublic static class CryptoHelper\n{\n    public static byte[] Encrypt(string plainText, byte[] key, byte[] iv)\n    {\n        using var des = new DESCryptoServiceProvider();\n        using var encryptor = des.CreateEncryptor(key, iv);\n        var data = Encoding.UTF8.GetBytes(plainText);\n        return encryptor.TransformFinalBlock(data, 0, data.Length);\n    }\n}\n"
  ],
  "cipher_ecb": [
    "CWE-327",
    "using System.Security.Cryptography;\n\npublic class TokenProtector\n{\n    private readonly byte[] _key;\n\n    public TokenProtector(byte[] key) => _key = key;\n\n    public byte[] Protect(byte[] data)\n    {\n        using var aes = Aes.Create();\n        aes.Key = _key;\n        aes.Mode = CipherMode.ECB;\n        aes.Padding = PaddingMode.PKCS7;\n        using var enc = aes.CreateEncryptor();\n        return enc.TransformFinalBlock(data, 0, data.Length);\n    }\n}\n"
  ],
  "cipher_static_key_iv": [
    "CWE-321",
    "using System.Security.Cryptography;\nusing System.Text;\n\npublic class SettingsEncryptor\n{\n    public string Encrypt(string value)\n    {\n        using var aes = Aes.Create();\n        aes.Key = Encoding.UTF8.GetBytes(\"MySuperSecretKey1234567890123456\");\n        aes.IV = new byte[16];\n        using var encryptor = aes.CreateEncryptor();\n        var input = Encoding.UTF8.GetBytes(value);\n        return Convert.ToBase64String(encryptor.TransformFinalBlock(input, 0, input.Length));\n    }\n}\n"
  ],
  "cmdi_console_args": [
    "CWE-78",
    "using System;\nusing System.Diagnostics;\n\nclass Backup\n{\n    static void Main(string[] args)\n    {\n        if (args.Length < 1)\n        {\n            Console.WriteLine(\"usage: backup <dir>\");\n            return;\n        }\n        var dir = args[0];\n        Process.Start(\"sh\", \"-c \\\"tar -czf backup.tar.gz \" + dir + \"\\\"\")?.WaitForExit();\n        Console.WriteLine(\"done\");\n    }\n}\n"
  ],
  "cmdi_controller_cmd": [
    "CWE-78",
    "using System.Diagnostics;\nusing Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/tools\")]\npublic class NetworkToolsController : ControllerBase\n{\n    [HttpGet(\"nslookup\")]\n    public IActionResult Lookup(string domain)\n    {\n        var process = new Process\n        {\n            StartInfo = new ProcessStartInfo\n            {\n                FileName = \"cmd.exe\",\n                Arguments = \"/c nslookup \" + domain,\n                RedirectStandardOutput = true,\n                UseShellExecute = false,\n                CreateNoWindow = true\n            }\n        };\n        process.Start();\n        string output = process.StandardOutput.ReadToEnd();\n        process.WaitForExit();\n        return Ok(output);\n    }\n}\n"
  ],
  "cmdi_env_powershell": [
    "CWE-78",
    "using System.Diagnostics;\n\nclass Deployer\n{\n    static void Main()\n    {\n        Console.Write(\"Branch to deploy: \");\n        var branch = Console.ReadLine();\n        var psi = new ProcessStartInfo(\"powershell.exe\", \"-Command \\\"git checkout \" + branch + \"; ./deploy.ps1\\\"\");\n        psi.UseShellExecute = false;\n        Process.Start(psi)!.WaitForExit();\n    }\n}\n"
  ],
  "cmdi_minimal_bash": [
    "CWE-78",
    "using System.Diagnostics;\n\nvar app = WebApplication.Create(args);\n\napp.MapPost(\"/convert\", (string file, string format) =>\n{\n    var psi = new ProcessStartInfo\n    {\n        FileName = \"/bin/bash\",\n        Arguments = $\"-c \\\"ffmpeg -i /data/{file} /data/out.{format}\\\"\",\n        UseShellExecute = false\n    };\n    using var p = Process.Start(psi);\n    p?.WaitForExit();\n    return Results.Ok();\n});\n\napp.Run();\n"
  ],
  "cmdi_stringbuilder_psi": [
    "CWE-78",
    "using System.Diagnostics;\nusing System.Text;\nusing Microsoft.AspNetCore.Mvc;\n\npublic class ReportsController : Controller\n{\n    [HttpPost]\n    public IActionResult Export(string reportName, string outputDir)\n    {\n        var args = new StringBuilder();\n        args.Append(\"/c wkhtmltopdf \");\n        args.Append(\"http://localhost/reports/\" + reportName);\n        args.Append(\" \");\n        args.Append(outputDir + \"\\\\report.pdf\");\n        var psi = new ProcessStartInfo(\"cmd.exe\", args.ToString()) { UseShellExecute = false };\n        Process.Start(psi)?.WaitForExit();\n        return Ok();\n    }\n}\n"
  ],
  "code_injection_script": [
    "CWE-94",
    "using Microsoft.AspNetCore.Mvc;\nusing Microsoft.CodeAnalysis.CSharp.Scripting;\n\n[ApiController]\n[Route(\"api/calc\")]\npublic class CalculatorController : ControllerBase\n{\n    [HttpPost]\n    public async Task<IActionResult> Evaluate([FromBody] CalcRequest request)\n    {\n        var result = await CSharpScript.EvaluateAsync<double>(request.Expression);\n        return Ok(result);\n    }\n}\n\npublic class CalcRequest { public string Expression { get; set; } = \"\"; }\n"
  ],
  "cookie_insecure": [
    "CWE-614",
    "using Microsoft.AspNetCore.Mvc;\n\npublic class SessionController : Controller\n{\n    [HttpPost]\n    [ValidateAntiForgeryToken]\n    public IActionResult Start(string userId)\n    {\n        var sessionId = Guid.NewGuid().ToString();\n        Response.Cookies.Append(\"SessionId\", sessionId, new CookieOptions\n        {\n            HttpOnly = false,\n            Secure = false,\n            Expires = DateTimeOffset.UtcNow.AddHours(8)\n        });\n        return Ok();\n    }\n}\n"
  ],
  "creds_apikey": [
    "CWE-798",
    "using System.Net.Http.Headers;\n\npublic class WeatherClient\n{\n    private const string ApiKey = \"9f3c2a71d4e84b0c9a6e51f0b2d7c8e4\";\n    private readonly HttpClient _http = new HttpClient();\n\n    public async Task<string> GetForecast(string city)\n    {\n        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Bearer\", ApiKey);\n        return await _http.GetStringAsync(\"https://api.weather.example.com/v1/forecast?city=\" + Uri.EscapeDataString(city));\n    }\n}\n"
  ],
  "creds_connstring": [
    "CWE-798",
    "using System.Data.SqlClient;\n\npublic class Db\n{\n    private const string ConnectionString = \"Server=prod-sql01;Database=Payroll;User Id=sa;Password=P@ssw0rd2023!;\";\n\n    public SqlConnection Open()\n    {\n        var conn = new SqlConnection(ConnectionString);\n        conn.Open();\n        return conn;\n    }\n}\n"
  ],
  "csrf_ignore_antiforgery": [
    "CWE-352",
    "using Microsoft.AspNetCore.Authorization;\nusing Microsoft.AspNetCore.Mvc;\n\n[Authorize]\npublic class TransferController : Controller\n{\n    private readonly IBankService _bank;\n    public TransferController(IBankService bank) { _bank = bank; }\n\n    [HttpPost]\n    [IgnoreAntiforgeryToken]\n    public IActionResult Send(string toAccount, decimal amount)\n    {\n        _bank.Transfer(User.Identity!.Name!, toAccount, amount);\n        return RedirectToAction(\"Done\");\n    }\n}\n"
  ],
  "deser_binaryformatter": [
    "CWE-502",
    "using System.Runtime.Serialization.Formatters.Binary;\nusing Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/session\")]\npublic class SessionController : ControllerBase\n{\n    [HttpPost(\"restore\")]\n    public IActionResult Restore()\n    {\n        var formatter = new BinaryFormatter();\n        var state = (UserState)formatter.Deserialize(Request.Body);\n        return Ok(state.UserName);\n    }\n}\n"
  ],
  "deser_losformatter": [
    "CWE-502",
    "using System;\nusing System.Web.UI;\n\npublic partial class Wizard : System.Web.UI.Page\n{\n    protected void Page_Load(object sender, EventArgs e)\n    {\n        var state = Request.Form[\"wizardState\"];\n        if (!string.IsNullOrEmpty(state))\n        {\n            var formatter = new LosFormatter();\n            var data = (WizardData)formatter.Deserialize(state);\n            lblStep.Text = data.Step.ToString();\n        }\n    }\n}\n"
  ],
  "deser_typenamehandling": [
    "CWE-502",
    "using Newtonsoft.Json;\n\npublic class MessageHandler\n{\n    private static readonly JsonSerializerSettings Settings = new JsonSerializerSettings\n    {\n        TypeNameHandling = TypeNameHandling.All\n    };\n\n    public object Handle(string payload)\n    {\n        return JsonConvert.DeserializeObject(payload, Settings);\n    }\n}\n"
  ],
  "hash_md5_password": [
    "CWE-328",
    "using System.Security.Cryptography;\nusing System.Text;\n\npublic class PasswordHasher\n{\n    public string HashPassword(string password)\n    {\n        using var md5 = MD5.Create();\n        var bytes = md5.ComputeHash(Encoding.UTF8.GetBytes(password));\n        return Convert.ToHexString(bytes);\n    }\n\n    public bool Verify(string password, string hash) => HashPassword(password) == hash;\n}\n"
  ],
  "hash_sha1_store": [
    "CWE-328",
    "using System.Security.Cryptography;\nusing System.Text;\n\npublic class UserStore\n{\n    private readonly Dictionary<string, string> _users = new();\n\n    public void Register(string username, string password)\n    {\n        using (var sha1 = SHA1.Create())\n        {\n            var hash = sha1.ComputeHash(Encoding.UTF8.GetBytes(password));\n            _users[username] = Convert.ToBase64String(hash);\n        }\n    }\n}\n"
  ],
  "jwt_validation_off": [
    "CWE-347",
    "using System.Text;\nusing Microsoft.AspNetCore.Authentication.JwtBearer;\nusing Microsoft.IdentityModel.Tokens;\n\nvar builder = WebApplication.CreateBuilder(args);\n\nbuilder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)\n    .AddJwtBearer(options =>\n    {\n        options.TokenValidationParameters = new TokenValidationParameters\n        {\n            ValidateIssuer = false,\n            ValidateAudience = false,\n            ValidateLifetime = false,\n            ValidateIssuerSigningKey = false,\n            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(builder.Configuration[\"Jwt:Key\"]!))\n        };\n    });\n\nvar app = builder.Build();\napp.UseAuthentication();\napp.UseAuthorization();\napp.Run();\n"
  ],
  "ldap_directorysearcher": [
    "CWE-90",
    "using System.DirectoryServices;\nusing Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/directory\")]\npublic class DirectoryController : ControllerBase\n{\n    [HttpGet(\"user\")]\n    public IActionResult FindUser([FromQuery] string username)\n    {\n        using var entry = new DirectoryEntry(\"LDAP://DC=corp,DC=example,DC=com\");\n        using var searcher = new DirectorySearcher(entry);\n        searcher.Filter = \"(&(objectClass=user)(sAMAccountName=\" + username + \"))\";\n        searcher.PropertiesToLoad.Add(\"mail\");\n        var result = searcher.FindOne();\n        return result == null ? NotFound() : Ok(result.Properties[\"mail\"][0]);\n    }\n}\n"
  ],
  "log_injection": [
    "CWE-117",
    "using Microsoft.AspNetCore.Mvc;\n\npublic class AuthController : Controller\n{\n    private readonly ILogger<AuthController> _logger;\n    public AuthController(ILogger<AuthController> logger) { _logger = logger; }\n\n    [HttpPost]\n    [ValidateAntiForgeryToken]\n    public IActionResult SignIn(string username, string password)\n    {\n        _logger.LogWarning(\"Failed login attempt for user \" + username);\n        return Unauthorized();\n    }\n}\n"
  ],
  "mass_assignment_entity": [
    "CWE-915",
    "using Microsoft.AspNetCore.Authorization;\nusing Microsoft.AspNetCore.Mvc;\n\npublic class User\n{\n    public int Id { get; set; }\n    public string Email { get; set; } = \"\";\n    public string DisplayName { get; set; } = \"\";\n    public bool IsAdmin { get; set; }\n}\n\n[ApiController]\n[Route(\"api/profile\")]\n[Authorize]\npublic class ProfileController : ControllerBase\n{\n    private readonly AppDbContext _context;\n    public ProfileController(AppDbContext context) { _context = context; }\n\n    [HttpPut]\n    public async Task<IActionResult> Update([FromBody] User user)\n    {\n        _context.Users.Update(user);\n        await _context.SaveChangesAsync();\n        return NoContent();\n    }\n}\n"
  ],
  "path_delete_query": [
    "CWE-22",
    "var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\n\napp.MapDelete(\"/cache\", (HttpContext ctx) =>\n{\n    var key = ctx.Request.Query[\"key\"].ToString();\n    var file = \"/tmp/cache/\" + key + \".json\";\n    File.Delete(file);\n    return Results.NoContent();\n});\n\napp.Run();\n"
  ],
  "path_download": [
    "CWE-22",
    "using Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/files\")]\npublic class FilesController : ControllerBase\n{\n    private readonly string _storageRoot = \"/var/app/storage\";\n\n    [HttpGet(\"{fileName}\")]\n    public IActionResult Download(string fileName)\n    {\n        var path = Path.Combine(_storageRoot, fileName);\n        if (!System.IO.File.Exists(path)) return NotFound();\n        var bytes = System.IO.File.ReadAllBytes(path);\n        return File(bytes, \"application/octet-stream\", fileName);\n    }\n}\n"
  ],
  "path_physicalfile": [
    "CWE-22",
    "using Microsoft.AspNetCore.Mvc;\n\npublic class DocsController : Controller\n{\n    private readonly IWebHostEnvironment _env;\n\n    public DocsController(IWebHostEnvironment env)\n    {\n        _env = env;\n    }\n\n    public IActionResult Get(string name)\n    {\n        var fullPath = Path.Combine(_env.ContentRootPath, \"docs\", name);\n        return PhysicalFile(fullPath, \"application/pdf\");\n    }\n}\n"
  ],
  "path_upload_filename": [
    "CWE-22",
    "using Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/upload\")]\npublic class UploadController : ControllerBase\n{\n    [HttpPost]\n    public async Task<IActionResult> Upload(IFormFile file)\n    {\n        if (file == null || file.Length == 0) return BadRequest(\"No file\");\n        var uploads = Path.Combine(Directory.GetCurrentDirectory(), \"uploads\");\n        var filePath = Path.Combine(uploads, file.FileName);\n        using (var stream = new FileStream(filePath, FileMode.Create))\n        {\n            await file.CopyToAsync(stream);\n        }\n        return Ok(new { file.FileName });\n    }\n}\n"
  ],
  "path_write_minimal": [
    "CWE-22",
    "var app = WebApplication.Create(args);\n\napp.MapPost(\"/notes/{name}\", async (string name, HttpRequest request) =>\n{\n    using var reader = new StreamReader(request.Body);\n    var text = await reader.ReadToEndAsync();\n    await File.WriteAllTextAsync($\"notes/{name}.txt\", text);\n    return Results.Created($\"/notes/{name}\", null);\n});\n\napp.Run();\n"
  ],
  "random_password_generator": [
    "CWE-338",
    "public static class PasswordGenerator\n{\n    public static string GeneratePassword(int length)\n    {\n        const string chars = \"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#$\";\n        var password = new System.Text.StringBuilder();\n        for (int i = 0; i < length; i++)\n        {\n            password.Append(chars[Random.Shared.Next(chars.Length)]);\n        }\n        return password.ToString();\n    }\n}\n"
  ],
  "random_reset_token": [
    "CWE-338",
    "public class PasswordResetService\n{\n    private static readonly Random _random = new Random();\n    private const string Chars = \"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\";\n\n    public string GenerateResetToken(int length = 32)\n    {\n        var token = new char[length];\n        for (int i = 0; i < length; i++)\n            token[i] = Chars[_random.Next(Chars.Length)];\n        return new string(token);\n    }\n}\n"
  ],
  "redirect_login": [
    "CWE-601",
    "using Microsoft.AspNetCore.Authentication;\nusing Microsoft.AspNetCore.Mvc;\n\npublic class LoginController : Controller\n{\n    private readonly IUserService _users;\n    public LoginController(IUserService users) { _users = users; }\n\n    [HttpPost]\n    [ValidateAntiForgeryToken]\n    public async Task<IActionResult> Login(LoginModel model, string returnUrl)\n    {\n        if (!ModelState.IsValid) return View(model);\n        var principal = await _users.SignInAsync(model.Email, model.Password);\n        if (principal == null) return View(model);\n        await HttpContext.SignInAsync(principal);\n        if (!string.IsNullOrEmpty(returnUrl))\n            return Redirect(returnUrl);\n        return RedirectToAction(\"Index\", \"Home\");\n    }\n}\n"
  ],
  "redirect_middleware": [
    "CWE-601",
    "var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\n\napp.MapGet(\"/go\", (HttpContext context) =>\n{\n    var target = context.Request.Query[\"next\"];\n    context.Response.Redirect(target);\n    return Task.CompletedTask;\n});\n\napp.Run();\n"
  ],
  "redirect_results": [
    "CWE-601",
    "var app = WebApplication.Create(args);\n\napp.MapGet(\"/logout\", (string? redirectUri) =>\n{\n    return Results.Redirect(redirectUri ?? \"/\");\n});\n\napp.Run();\n"
  ],
  "redos_user_pattern": [
    "CWE-400",
    "using System.Text.RegularExpressions;\nusing Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/search\")]\npublic class SearchController : ControllerBase\n{\n    private readonly IEnumerable<string> _names = new[] { \"alice\", \"bob\", \"carol\" };\n\n    [HttpGet]\n    public IActionResult Search([FromQuery] string pattern)\n    {\n        var regex = new Regex(pattern, RegexOptions.IgnoreCase);\n        return Ok(_names.Where(n => regex.IsMatch(n)));\n    }\n}\n"
  ],
  "reflection_type_from_input": [
    "CWE-470",
    "using Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/plugins\")]\npublic class PluginController : ControllerBase\n{\n    [HttpPost(\"run\")]\n    public IActionResult Run([FromQuery] string typeName)\n    {\n        var type = Type.GetType(typeName);\n        var plugin = (IPlugin)Activator.CreateInstance(type!)!;\n        return Ok(plugin.Execute());\n    }\n}\n"
  ],
  "sqli_ado_controller": [
    "CWE-89",
    "using System.Data.SqlClient;\nusing Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/[controller]\")]\npublic class CustomersController : ControllerBase\n{\n    private readonly string _connectionString;\n\n    public CustomersController(IConfiguration config)\n    {\n        _connectionString = config.GetConnectionString(\"Default\");\n    }\n\n    [HttpGet(\"search\")]\n    public IActionResult Search(string lastName)\n    {\n        var results = new List<string>();\n        using (var connection = new SqlConnection(_connectionString))\n        {\n            connection.Open();\n            string query = \"SELECT FirstName, LastName FROM Customers WHERE LastName = '\" + lastName + \"'\";\n            using (var command = new SqlCommand(query, connection))\n            using (var reader = command.ExecuteReader())\n            {\n                while (reader.Read())\n                {\n                    results.Add(reader.GetString(0) + \" \" + reader.GetString(1));\n                }\n            }\n        }\n        return Ok(results);\n    }\n}\n"
  ],
  "sqli_dapper_format": [
    "CWE-89",
    "using System.Data;\nusing Dapper;\n\npublic class InvoiceRepository\n{\n    private readonly IDbConnection _db;\n\n    public InvoiceRepository(IDbConnection db) => _db = db;\n\n    public IEnumerable<Invoice> GetInvoicesForCustomer(string customerId, string sortColumn)\n    {\n        var sql = string.Format(\"SELECT * FROM Invoices WHERE CustomerId = '{0}' ORDER BY {1}\", customerId, sortColumn);\n        return _db.Query<Invoice>(sql);\n    }\n}\n"
  ],
  "sqli_ef_fromsqlraw": [
    "CWE-89",
    "using Microsoft.AspNetCore.Mvc;\nusing Microsoft.EntityFrameworkCore;\n\npublic class BlogController : Controller\n{\n    private readonly BloggingContext _context;\n\n    public BlogController(BloggingContext context)\n    {\n        _context = context;\n    }\n\n    public async Task<IActionResult> Index([FromQuery] string author)\n    {\n        var posts = await _context.Posts\n            .FromSqlRaw($\"SELECT * FROM Posts WHERE Author = '{author}' ORDER BY PublishedOn DESC\")\n            .ToListAsync();\n        return View(posts);\n    }\n}\n"
  ],
  "sqli_helper_method": [
    "CWE-89",
    "using System.Data.SqlClient;\nusing Microsoft.AspNetCore.Mvc;\n\npublic class AccountController : Controller\n{\n    private readonly string _cs = \"Server=db;Database=Bank;Integrated Security=true\";\n\n    [HttpPost]\n    public IActionResult Login(string username, string password)\n    {\n        if (CheckUser(username, password))\n            return RedirectToAction(\"Index\", \"Home\");\n        ViewBag.Error = \"Invalid login\";\n        return View();\n    }\n\n    private bool CheckUser(string user, string pass)\n    {\n        using var conn = new SqlConnection(_cs);\n        conn.Open();\n        var sql = $\"SELECT COUNT(*) FROM Users WHERE Username = '{user}' AND Password = '{pass}'\";\n        using var cmd = new SqlCommand(sql, conn);\n        return (int)cmd.ExecuteScalar() > 0;\n    }\n}\n"
  ],
  "sqli_minimal_npgsql": [
    "CWE-89",
    "using Npgsql;\n\nvar builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\nvar connString = builder.Configuration.GetConnectionString(\"Postgres\");\n\napp.MapGet(\"/products\", async (string category) =>\n{\n    await using var conn = new NpgsqlConnection(connString);\n    await conn.OpenAsync();\n    await using var cmd = new NpgsqlCommand($\"SELECT id, name, price FROM products WHERE category = '{category}'\", conn);\n    await using var reader = await cmd.ExecuteReaderAsync();\n    var items = new List<object>();\n    while (await reader.ReadAsync())\n        items.Add(new { Id = reader.GetInt32(0), Name = reader.GetString(1), Price = reader.GetDecimal(2) });\n    return Results.Ok(items);\n});\n\napp.Run();\n"
  ],
  "sqli_razor_page": [
    "CWE-89",
    "using Microsoft.AspNetCore.Mvc;\nusing Microsoft.AspNetCore.Mvc.RazorPages;\nusing Microsoft.EntityFrameworkCore;\n\npublic class EmployeesModel : PageModel\n{\n    private readonly HrContext _db;\n    public EmployeesModel(HrContext db) { _db = db; }\n\n    [BindProperty(SupportsGet = true)]\n    public string? Department { get; set; }\n\n    public List<Employee> Employees { get; set; } = new();\n\n    public async Task OnGetAsync()\n    {\n        var sql = \"SELECT * FROM Employees\";\n        if (!string.IsNullOrEmpty(Department))\n            sql += \" WHERE Department = '\" + Department + \"'\";\n        Employees = await _db.Employees.FromSqlRaw(sql).ToListAsync();\n    }\n}\n"
  ],
  "sqli_stringbuilder": [
    "CWE-89",
    "using System.Text;\nusing Microsoft.AspNetCore.Mvc;\nusing Microsoft.Data.Sqlite;\n\n[ApiController]\n[Route(\"api/books\")]\npublic class BooksController : ControllerBase\n{\n    [HttpGet]\n    public IActionResult List([FromQuery] string title, [FromQuery] string genre)\n    {\n        var sb = new StringBuilder(\"SELECT Id, Title FROM Books WHERE 1=1\");\n        if (!string.IsNullOrEmpty(title))\n            sb.Append(\" AND Title LIKE '%\").Append(title).Append(\"%'\");\n        if (!string.IsNullOrEmpty(genre))\n            sb.Append(\" AND Genre = '\").Append(genre).Append(\"'\");\n\n        using var conn = new SqliteConnection(\"Data Source=books.db\");\n        conn.Open();\n        using var cmd = conn.CreateCommand();\n        cmd.CommandText = sb.ToString();\n        using var reader = cmd.ExecuteReader();\n        var list = new List<string>();\n        while (reader.Read()) list.Add(reader.GetString(1));\n        return Ok(list);\n    }\n}\n"
  ],
  "sqli_webforms": [
    "CWE-89",
    "using System;\nusing System.Data;\nusing System.Data.SqlClient;\nusing System.Configuration;\n\npublic partial class OrderDetails : System.Web.UI.Page\n{\n    protected void Page_Load(object sender, EventArgs e)\n    {\n        string orderId = Request.QueryString[\"orderId\"];\n        string cs = ConfigurationManager.ConnectionStrings[\"Shop\"].ConnectionString;\n        using (SqlConnection con = new SqlConnection(cs))\n        {\n            SqlDataAdapter da = new SqlDataAdapter(\"SELECT * FROM OrderLines WHERE OrderId = \" + orderId, con);\n            DataTable dt = new DataTable();\n            da.Fill(dt);\n            gvLines.DataSource = dt;\n            gvLines.DataBind();\n        }\n    }\n}\n"
  ],
  "ssrf_httpclient": [
    "CWE-918",
    "using Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/preview\")]\npublic class LinkPreviewController : ControllerBase\n{\n    private readonly HttpClient _http;\n\n    public LinkPreviewController(IHttpClientFactory factory)\n    {\n        _http = factory.CreateClient();\n    }\n\n    [HttpGet]\n    public async Task<IActionResult> Get([FromQuery] string url)\n    {\n        var html = await _http.GetStringAsync(url);\n        var title = ExtractTitle(html);\n        return Ok(new { url, title });\n    }\n\n    private static string ExtractTitle(string html)\n    {\n        var start = html.IndexOf(\"<title>\");\n        var end = html.IndexOf(\"</title>\");\n        return start >= 0 && end > start ? html.Substring(start + 7, end - start - 7) : \"\";\n    }\n}\n"
  ],
  "ssrf_requestmessage": [
    "CWE-918",
    "var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient();\nvar app = builder.Build();\n\napp.MapPost(\"/webhook/test\", async (WebhookTest body, IHttpClientFactory factory) =>\n{\n    var client = factory.CreateClient();\n    var request = new HttpRequestMessage(HttpMethod.Post, body.CallbackUrl)\n    {\n        Content = new StringContent(\"{\\\"ping\\\":true}\")\n    };\n    var response = await client.SendAsync(request);\n    return Results.Ok((int)response.StatusCode);\n});\n\napp.Run();\n\npublic record WebhookTest(string CallbackUrl);\n"
  ],
  "ssrf_webclient": [
    "CWE-918",
    "using System;\nusing System.Net;\n\npublic partial class FeedReader : System.Web.UI.Page\n{\n    protected void btnLoad_Click(object sender, EventArgs e)\n    {\n        string feedUrl = Request.Form[\"feed\"];\n        using (var client = new WebClient())\n        {\n            string xml = client.DownloadString(feedUrl);\n            litFeed.Text = Server.HtmlEncode(xml);\n        }\n    }\n}\n"
  ],
  "tls_handler_callback": [
    "CWE-295",
    "public static class ApiClientFactory\n{\n    public static HttpClient Create(string baseUrl)\n    {\n        var handler = new HttpClientHandler\n        {\n            ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true\n        };\n        return new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };\n    }\n}\n"
  ],
  "tls_servicepointmanager": [
    "CWE-295",
    "using System.Net;\n\nclass Program\n{\n    static void Main()\n    {\n        ServicePointManager.ServerCertificateValidationCallback = delegate { return true; };\n        using var client = new WebClient();\n        Console.WriteLine(client.DownloadString(\"https://internal.example.local/status\"));\n    }\n}\n"
  ],
  "xpath_login": [
    "CWE-643",
    "using System.Xml;\n\npublic class XmlUserStore\n{\n    private readonly XmlDocument _doc = new XmlDocument();\n\n    public XmlUserStore(string path)\n    {\n        _doc.Load(path);\n    }\n\n    public bool Authenticate(string user, string pass)\n    {\n        var node = _doc.SelectSingleNode(\"//users/user[name='\" + user + \"' and password='\" + pass + \"']\");\n        return node != null;\n    }\n}\n"
  ],
  "xss_content_html": [
    "CWE-79",
    "using Microsoft.AspNetCore.Mvc;\n\npublic class GreetingController : Controller\n{\n    [HttpGet(\"/hello\")]\n    public IActionResult Hello(string name)\n    {\n        var html = $\"<html><body><h1>Hello, {name}!</h1></body></html>\";\n        return Content(html, \"text/html\");\n    }\n}\n"
  ],
  "xss_htmlstring": [
    "CWE-79",
    "using Microsoft.AspNetCore.Html;\nusing Microsoft.AspNetCore.Mvc;\n\npublic class CommentsController : Controller\n{\n    [HttpPost]\n    [ValidateAntiForgeryToken]\n    public IActionResult Preview([FromForm] string comment)\n    {\n        ViewData[\"Preview\"] = new HtmlString(\"<div class='comment'>\" + comment + \"</div>\");\n        return View();\n    }\n}\n"
  ],
  "xss_label_text": [
    "CWE-79",
    "using System;\n\npublic partial class Profile : System.Web.UI.Page\n{\n    protected void Page_Load(object sender, EventArgs e)\n    {\n        litBio.Text = \"<div class='bio'>\" + Request[\"bio\"] + \"</div>\";\n    }\n}\n"
  ],
  "xss_minimal_writeasync": [
    "CWE-79",
    "var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\n\napp.MapGet(\"/search\", async (HttpContext context) =>\n{\n    var q = context.Request.Query[\"q\"];\n    context.Response.ContentType = \"text/html\";\n    await context.Response.WriteAsync($\"<p>No results for <b>{q}</b></p>\");\n});\n\napp.Run();\n"
  ],
  "xss_webforms_write": [
    "CWE-79",
    "using System;\n\npublic partial class Welcome : System.Web.UI.Page\n{\n    protected void Page_Load(object sender, EventArgs e)\n    {\n        string user = Request.QueryString[\"user\"];\n        Response.Write(\"<p>Welcome back, \" + user + \"</p>\");\n    }\n}\n"
  ],
  "xxe_dtdparse": [
    "CWE-611",
    "using System.Xml;\n\npublic class ConfigLoader\n{\n    public XmlDocument Load(Stream input)\n    {\n        var settings = new XmlReaderSettings\n        {\n            DtdProcessing = DtdProcessing.Parse,\n            XmlResolver = new XmlUrlResolver()\n        };\n        using var reader = XmlReader.Create(input, settings);\n        var doc = new XmlDocument();\n        doc.Load(reader);\n        return doc;\n    }\n}\n"
  ],
  "xxe_xmlresolver": [
    "CWE-611",
    "using System.Xml;\nusing Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/import\")]\npublic class ImportController : ControllerBase\n{\n    [HttpPost]\n    public async Task<IActionResult> Import()\n    {\n        using var reader = new StreamReader(Request.Body);\n        var body = await reader.ReadToEndAsync();\n        var doc = new XmlDocument();\n        doc.XmlResolver = new XmlUrlResolver();\n        doc.LoadXml(body);\n        var count = doc.SelectNodes(\"//item\")?.Count ?? 0;\n        return Ok(new { count });\n    }\n}\n"
  ],
  "w2.cmdi_env_hook": [
    "CWE-78",
    "using System.Diagnostics;\n\npublic static class Hooks\n{\n    public static void RunPostDeployHook()\n    {\n        var hook = Environment.GetEnvironmentVariable(\"POST_DEPLOY_HOOK\");\n        if (string.IsNullOrEmpty(hook)) return;\n        Process.Start(\"/bin/sh\", \"-c \\\"\" + hook + \"\\\"\")?.WaitForExit();\n    }\n}\n"
  ],
  "w2.cmdi_form_cmd": [
    "CWE-78",
    "using System;\nusing System.Diagnostics;\n\npublic partial class Admin_Diagnostics : System.Web.UI.Page\n{\n    protected void btnRun_Click(object sender, EventArgs e)\n    {\n        var host = Request.Form[\"host\"];\n        var proc = Process.Start(new ProcessStartInfo(\"cmd.exe\", \"/C tracert \" + host)\n        {\n            RedirectStandardOutput = true,\n            UseShellExecute = false\n        });\n        preOutput.InnerText = proc.StandardOutput.ReadToEnd();\n    }\n}\n"
  ],
  "w2.cookie_auth_securepolicy": [
    "CWE-614",
    "var builder = WebApplication.CreateBuilder(args);\n\nbuilder.Services.AddAuthentication(\"Cookies\")\n    .AddCookie(\"Cookies\", options =>\n    {\n        options.LoginPath = \"/account/login\";\n        options.Cookie.Name = \"app.auth\";\n        options.Cookie.SecurePolicy = CookieSecurePolicy.None;\n        options.Cookie.HttpOnly = true;\n    });\n\nvar app = builder.Build();\napp.UseAuthentication();\napp.Run();\n"
  ],
  "w2.creds_networkcredential": [
    "CWE-798",
    "using System.Net;\nusing System.Net.Mail;\n\npublic class EmailSender\n{\n    public void Send(string to, string subject, string body)\n    {\n        using var client = new SmtpClient(\"smtp.example.com\", 587)\n        {\n            EnableSsl = true,\n            Credentials = new NetworkCredential(\"noreply@example.com\", \"Xk8#mP2$vLq9\")\n        };\n        client.Send(new MailMessage(\"noreply@example.com\", to, subject, body));\n    }\n}\n"
  ],
  "w2.deser_xmlserializer_type": [
    "CWE-502",
    "using System.Xml.Serialization;\nusing Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/import\")]\npublic class XmlImportController : ControllerBase\n{\n    [HttpPost]\n    public IActionResult Import([FromQuery] string type)\n    {\n        var serializer = new XmlSerializer(Type.GetType(type)!);\n        var obj = serializer.Deserialize(Request.Body);\n        return Ok(obj);\n    }\n}\n"
  ],
  "w2.jwt_require_signed": [
    "CWE-347",
    "using System.IdentityModel.Tokens.Jwt;\nusing Microsoft.IdentityModel.Tokens;\n\npublic class TokenReader\n{\n    public ClaimsPrincipal Read(string token)\n    {\n        var handler = new JwtSecurityTokenHandler();\n        var parameters = new TokenValidationParameters\n        {\n            RequireSignedTokens = false,\n            ValidateIssuer = false,\n            ValidateAudience = false\n        };\n        return handler.ValidateToken(token, parameters, out _);\n    }\n}\n"
  ],
  "w2.ldap_searcher_ctor": [
    "CWE-90",
    "using System.DirectoryServices;\n\npublic class DirectoryLookup\n{\n    public string? GetDisplayName(string email)\n    {\n        using var root = new DirectoryEntry(\"LDAP://OU=Staff,DC=example,DC=org\");\n        using var searcher = new DirectorySearcher(root, $\"(&(objectCategory=person)(mail={email}))\");\n        var result = searcher.FindOne();\n        return result?.Properties[\"displayName\"]?[0]?.ToString();\n    }\n}\n"
  ],
  "w2.path_images_openread": [
    "CWE-22",
    "using Microsoft.AspNetCore.Mvc;\n\npublic class ImagesController : Controller\n{\n    private readonly IWebHostEnvironment _env;\n    public ImagesController(IWebHostEnvironment env) => _env = env;\n\n    [HttpGet(\"/img\")]\n    public IActionResult Get([FromQuery] string file)\n    {\n        var path = Path.Combine(_env.WebRootPath, \"images\", file);\n        var stream = System.IO.File.OpenRead(path);\n        return File(stream, \"image/png\");\n    }\n}\n"
  ],
  "w2.path_zip_extract": [
    "CWE-22",
    "using System.IO.Compression;\nusing Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/themes\")]\npublic class ThemeController : ControllerBase\n{\n    [HttpPost]\n    public IActionResult Upload(IFormFile package)\n    {\n        var target = Path.Combine(\"wwwroot\", \"themes\");\n        using var archive = new ZipArchive(package.OpenReadStream());\n        foreach (var entry in archive.Entries)\n        {\n            var destination = Path.Combine(target, entry.FullName);\n            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);\n            entry.ExtractToFile(destination, overwrite: true);\n        }\n        return Ok();\n    }\n}\n"
  ],
  "w2.random_sms_code": [
    "CWE-338",
    "public class VerificationService\n{\n    private readonly ISmsSender _sms;\n    public VerificationService(ISmsSender sms) => _sms = sms;\n\n    public async Task<string> SendVerificationCode(string phone)\n    {\n        var code = new Random().Next(100000, 999999).ToString();\n        await _sms.SendAsync(phone, $\"Your code is {code}\");\n        return code;\n    }\n}\n"
  ],
  "w2.redirect_referer": [
    "CWE-601",
    "using Microsoft.AspNetCore.Mvc;\n\npublic class LanguageController : Controller\n{\n    [HttpPost]\n    [ValidateAntiForgeryToken]\n    public IActionResult SetLanguage(string culture)\n    {\n        Response.Cookies.Append(\"lang\", culture, new CookieOptions { Secure = true, HttpOnly = true });\n        var back = Request.Headers[\"Referer\"].ToString();\n        return Redirect(back);\n    }\n}\n"
  ],
  "w2.sqli_aug_assign_repo": [
    "CWE-89",
    "using System.Data.SqlClient;\n\npublic class TicketRepository\n{\n    private readonly string _cs;\n    public TicketRepository(string cs) { _cs = cs; }\n\n    public DataTable Search(string status, string assignee)\n    {\n        string sql = \"SELECT * FROM Tickets WHERE 1 = 1\";\n        if (!string.IsNullOrWhiteSpace(status))\n            sql += \" AND Status = '\" + status + \"'\";\n        if (!string.IsNullOrWhiteSpace(assignee))\n            sql += \" AND AssignedTo = '\" + assignee + \"'\";\n        using var conn = new SqlConnection(_cs);\n        using var adapter = new SqlDataAdapter(sql, conn);\n        var table = new DataTable();\n        adapter.Fill(table);\n        return table;\n    }\n}\n"
  ],
  "w2.sqli_executesqlraw_route": [
    "CWE-89",
    "using Microsoft.AspNetCore.Mvc;\nusing Microsoft.EntityFrameworkCore;\n\n[ApiController]\n[Route(\"api/carts\")]\npublic class CartController : ControllerBase\n{\n    private readonly ShopContext _context;\n    public CartController(ShopContext context) => _context = context;\n\n    [HttpDelete(\"{userId}\")]\n    public async Task<IActionResult> Clear([FromRoute] string userId)\n    {\n        await _context.Database.ExecuteSqlRawAsync(\"DELETE FROM CartItems WHERE UserId = '\" + userId + \"'\");\n        return NoContent();\n    }\n}\n"
  ],
  "w2.sqli_winforms_textbox": [
    "CWE-89",
    "using System;\nusing System.Data.OleDb;\nusing System.Windows.Forms;\n\npublic partial class MainForm : Form\n{\n    private void btnSearch_Click(object sender, EventArgs e)\n    {\n        using (var conn = new OleDbConnection(@\"Provider=Microsoft.ACE.OLEDB.12.0;Data Source=inventory.accdb\"))\n        {\n            conn.Open();\n            var cmd = new OleDbCommand(\"SELECT * FROM Parts WHERE PartName LIKE '%\" + txtSearch.Text + \"%'\", conn);\n            var reader = cmd.ExecuteReader();\n            lstResults.Items.Clear();\n            while (reader.Read()) lstResults.Items.Add(reader[\"PartName\"].ToString());\n        }\n    }\n}\n"
  ],
  "w2.ssrf_health_interp": [
    "CWE-918",
    "[ApiController]\n[Route(\"api/monitor\")]\npublic class MonitorController : ControllerBase\n{\n    private readonly HttpClient _httpClient;\n    public MonitorController(HttpClient httpClient) => _httpClient = httpClient;\n\n    [HttpGet(\"check\")]\n    public async Task<IActionResult> Check(string serviceUrl)\n    {\n        var response = await _httpClient.GetAsync($\"{serviceUrl}/health\");\n        return Ok(new { status = (int)response.StatusCode });\n    }\n}\n"
  ],
  "w2.tls_delegate_handler": [
    "CWE-295",
    "public class LegacyApi\n{\n    private readonly HttpClient _client;\n\n    public LegacyApi()\n    {\n        var handler = new HttpClientHandler();\n        handler.ServerCertificateCustomValidationCallback = delegate { return true; };\n        _client = new HttpClient(handler) { BaseAddress = new Uri(\"https://legacy.local:8443/\") };\n    }\n}\n"
  ],
  "w2.weak_hash_sha1_token": [
    "CWE-328",
    "using System.Security.Cryptography;\nusing System.Text;\n\npublic static class ApiTokens\n{\n    public static string CreateSignature(string payload, string secret)\n    {\n        using var sha1 = SHA1.Create();\n        var hash = sha1.ComputeHash(Encoding.UTF8.GetBytes(secret + payload));\n        return Convert.ToBase64String(hash);\n    }\n}\n"
  ],
  "w2.xss_script_block": [
    "CWE-79",
    "using Microsoft.AspNetCore.Mvc;\n\npublic class WidgetController : Controller\n{\n    [HttpGet(\"/widget\")]\n    public ContentResult Widget(string user)\n    {\n        var html = \"<html><body><script>var currentUser = '\" + user + \"';</script><div id='app'></div></body></html>\";\n        return new ContentResult { Content = html, ContentType = \"text/html\" };\n    }\n}\n"
  ],
  "w2.xxe_xmltextreader_legacy": [
    "CWE-611",
    "using System.Xml;\n\npublic class InvoiceParser\n{\n    public string GetTotal(string xmlPath)\n    {\n        var reader = new XmlTextReader(xmlPath);\n        var doc = new XmlDocument();\n        doc.Load(reader);\n        return doc.SelectSingleNode(\"/invoice/total\")?.InnerText ?? \"0\";\n    }\n}\n"
  ],
  "w3.azure_function_sql": [
    "CWE-89",
    "using Microsoft.AspNetCore.Http;\nusing Microsoft.AspNetCore.Mvc;\nusing Microsoft.Azure.WebJobs;\nusing Microsoft.Azure.WebJobs.Extensions.Http;\nusing Microsoft.Data.SqlClient;\n\npublic static class GetCustomer\n{\n    [FunctionName(\"GetCustomer\")]\n    public static async Task<IActionResult> Run(\n        [HttpTrigger(AuthorizationLevel.Function, \"get\", Route = null)] HttpRequest req)\n    {\n        string email = req.Query[\"email\"];\n        using var conn = new SqlConnection(Environment.GetEnvironmentVariable(\"SqlConnection\"));\n        await conn.OpenAsync();\n        var cmd = new SqlCommand($@\"SELECT Id, Name\n                                   FROM Customers\n                                   WHERE Email = '{email}'\", conn);\n        var name = await cmd.ExecuteScalarAsync();\n        return new OkObjectResult(name);\n    }\n}\n"
  ],
  "w3.deser_binaryformatter_cookie": [
    "CWE-502",
    "using System.Runtime.Serialization.Formatters.Binary;\nusing Microsoft.AspNetCore.Mvc;\n\npublic class CartController : Controller\n{\n    public IActionResult Index()\n    {\n        var raw = Request.Cookies[\"cart\"];\n        if (raw == null) return View(new Cart());\n        using var ms = new MemoryStream(Convert.FromBase64String(raw));\n#pragma warning disable SYSLIB0011\n        var cart = (Cart)new BinaryFormatter().Deserialize(ms);\n#pragma warning restore SYSLIB0011\n        return View(cart);\n    }\n}\n"
  ],
  "w3.hash_sha256_password_login": [
    "CWE-916",
    "using System.Security.Cryptography;\nusing System.Text;\n\npublic class AuthService\n{\n    private readonly AppDbContext _db;\n    public AuthService(AppDbContext db) => _db = db;\n\n    public bool Login(string username, string password)\n    {\n        var user = _db.Users.SingleOrDefault(u => u.Username == username);\n        if (user == null) return false;\n        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password)));\n        return hash == user.PasswordHash;\n    }\n}\n"
  ],
  "w3.path_join_export": [
    "CWE-22",
    "using Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/exports\")]\npublic class ExportsController : ControllerBase\n{\n    private const string ExportDir = \"/var/exports\";\n\n    [HttpGet(\"{*name}\")]\n    public IActionResult Download(string name)\n    {\n        var full = Path.Join(ExportDir, name);\n        return PhysicalFile(full, \"text/csv\", Path.GetFileName(full));\n    }\n}\n"
  ],
  "w3.random_api_key": [
    "CWE-338",
    "public class ApiKeyService\n{\n    public string CreateApiKey()\n    {\n        var random = new Random();\n        var bytes = new byte[24];\n        random.NextBytes(bytes);\n        return Convert.ToBase64String(bytes);\n    }\n}\n"
  ],
  "w3.razor_page_post_cmd": [
    "CWE-78",
    "using System.Diagnostics;\nusing Microsoft.AspNetCore.Mvc;\nusing Microsoft.AspNetCore.Mvc.RazorPages;\n\npublic class PingModel : PageModel\n{\n    [BindProperty]\n    public string Host { get; set; } = \"\";\n\n    public string Output { get; private set; } = \"\";\n\n    public void OnPost()\n    {\n        var psi = new ProcessStartInfo(\"/bin/sh\", \"-c \\\"ping -c 3 \" + Host + \"\\\"\") { RedirectStandardOutput = true };\n        using var p = Process.Start(psi)!;\n        Output = p.StandardOutput.ReadToEnd();\n    }\n}\n"
  ],
  "w3.redirect_host_interp": [
    "CWE-601",
    "using Microsoft.AspNetCore.Mvc;\n\npublic class SsoController : Controller\n{\n    [HttpGet(\"/sso/callback\")]\n    public IActionResult Callback(string tenant, string code)\n    {\n        return Redirect($\"https://{tenant}/auth/complete?code={code}\");\n    }\n}\n"
  ],
  "w3.signalr_hub_sql": [
    "CWE-89",
    "using Microsoft.AspNetCore.SignalR;\nusing Dapper;\n\npublic class ChatHub : Hub\n{\n    private readonly IDbConnectionFactory _factory;\n    public ChatHub(IDbConnectionFactory factory) => _factory = factory;\n\n    public async Task JoinRoom(string roomName)\n    {\n        using var db = _factory.Create();\n        var room = await db.QueryFirstOrDefaultAsync<Room>(\"SELECT * FROM Rooms WHERE Name = '\" + roomName + \"'\");\n        if (room != null) await Groups.AddToGroupAsync(Context.ConnectionId, room.Id.ToString());\n    }\n}\n"
  ],
  "w3.ssrf_image_proxy": [
    "CWE-918",
    "var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient();\nvar app = builder.Build();\n\napp.MapGet(\"/proxy/image\", async (string src, IHttpClientFactory httpClientFactory) =>\n{\n    var client = httpClientFactory.CreateClient();\n    var bytes = await client.GetByteArrayAsync(src);\n    return Results.File(bytes, \"image/png\");\n});\n\napp.Run();\n"
  ],
  "w3.xss_viewcomponent_htmlstring": [
    "CWE-79",
    "using Microsoft.AspNetCore.Html;\nusing Microsoft.AspNetCore.Mvc;\n\npublic class SearchSummaryViewComponent : ViewComponent\n{\n    public IViewComponentResult Invoke()\n    {\n        var term = HttpContext.Request.Query[\"term\"].ToString();\n        return new HtmlContentViewComponentResult(new HtmlString($\"<p>Results for <em>{term}</em></p>\"));\n    }\n}\n"
  ]
};

const PROBES_SAFE: Record<string, [string, string]> = {
  "authz_allowanonymous_delete": [
    "CWE-862",
    "using Microsoft.AspNetCore.Authorization;\nusing Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/admin/users\")]\n[Authorize(Roles = \"Admin\")]\npublic class AdminUsersController : ControllerBase\n{\n    private readonly AppDbContext _db;\n    public AdminUsersController(AppDbContext db) { _db = db; }\n\n    [HttpDelete(\"{id}\")]\n    public async Task<IActionResult> DeleteUser(int id)\n    {\n        var user = await _db.Users.FindAsync(id);\n        if (user == null) return NotFound();\n        _db.Users.Remove(user);\n        await _db.SaveChangesAsync();\n        return NoContent();\n    }\n}\n"
  ],
  "cipher_des": [
    "CWE-327",
    "using System.Security.Cryptography;\nusing System.Text;\n\npublic static class CryptoHelper\n{\n    public static byte[] Encrypt(string plainText, byte[] key)\n    {\n        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);\n        var data = Encoding.UTF8.GetBytes(plainText);\n        var cipher = new byte[data.Length];\n        var tag = new byte[AesGcm.TagByteSizes.MaxSize];\n        using var aes = new AesGcm(key, tag.Length);\n        aes.Encrypt(nonce, data, cipher, tag);\n        return nonce.Concat(tag).Concat(cipher).ToArray();\n    }\n}\n"
  ],
  "cipher_ecb": [
    "CWE-327",
    "using System.Security.Cryptography;\n\npublic class TokenProtector\n{\n    private readonly byte[] _key;\n\n    public TokenProtector(byte[] key) => _key = key;\n\n    public byte[] Protect(byte[] data)\n    {\n        using var aes = Aes.Create();\n        aes.Key = _key;\n        aes.GenerateIV();\n        aes.Mode = CipherMode.CBC;\n        using var enc = aes.CreateEncryptor();\n        var cipher = enc.TransformFinalBlock(data, 0, data.Length);\n        return aes.IV.Concat(cipher).ToArray();\n    }\n}\n"
  ],
  "cipher_static_key_iv": [
    "CWE-321",
    "using System.Security.Cryptography;\nusing System.Text;\n\npublic class SettingsEncryptor\n{\n    private readonly byte[] _key;\n\n    public SettingsEncryptor(IConfiguration config)\n    {\n        _key = Convert.FromBase64String(config[\"Encryption:Key\"]!);\n    }\n\n    public string Encrypt(string value)\n    {\n        using var aes = Aes.Create();\n        aes.Key = _key;\n        aes.GenerateIV();\n        using var encryptor = aes.CreateEncryptor();\n        var input = Encoding.UTF8.GetBytes(value);\n        var cipher = encryptor.TransformFinalBlock(input, 0, input.Length);\n        return Convert.ToBase64String(aes.IV.Concat(cipher).ToArray());\n    }\n}\n"
  ],
  "cmdi_console_args": [
    "CWE-78",
    "using System;\nusing System.Diagnostics;\n\nclass Backup\n{\n    static void Main(string[] args)\n    {\n        if (args.Length < 1)\n        {\n            Console.WriteLine(\"usage: backup <dir>\");\n            return;\n        }\n        var psi = new ProcessStartInfo(\"tar\") { UseShellExecute = false };\n        psi.ArgumentList.Add(\"-czf\");\n        psi.ArgumentList.Add(\"backup.tar.gz\");\n        psi.ArgumentList.Add(\"--\");\n        psi.ArgumentList.Add(args[0]);\n        Process.Start(psi)?.WaitForExit();\n        Console.WriteLine(\"done\");\n    }\n}\n"
  ],
  "cmdi_controller_cmd": [
    "CWE-78",
    "using System.Diagnostics;\nusing System.Text.RegularExpressions;\nusing Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/tools\")]\npublic class NetworkToolsController : ControllerBase\n{\n    private static readonly Regex DomainPattern = new Regex(@\"^[a-zA-Z0-9.-]{1,253}$\", RegexOptions.Compiled);\n\n    [HttpGet(\"nslookup\")]\n    public IActionResult Lookup(string domain)\n    {\n        if (!DomainPattern.IsMatch(domain)) return BadRequest(\"invalid domain\");\n        var psi = new ProcessStartInfo\n        {\n            FileName = \"nslookup\",\n            RedirectStandardOutput = true,\n            UseShellExecute = false,\n            CreateNoWindow = true\n        };\n        psi.ArgumentList.Add(domain);\n        using var process = Process.Start(psi)!;\n        string output = process.StandardOutput.ReadToEnd();\n        process.WaitForExit();\n        return Ok(output);\n    }\n}\n"
  ],
  "cmdi_env_powershell": [
    "CWE-78",
    "using System.Diagnostics;\nusing System.Text.RegularExpressions;\n\nclass Deployer\n{\n    static void Main()\n    {\n        Console.Write(\"Branch to deploy: \");\n        var branch = Console.ReadLine() ?? \"\";\n        if (!Regex.IsMatch(branch, \"^[A-Za-z0-9._/-]+$\")) { Console.WriteLine(\"bad branch\"); return; }\n        var psi = new ProcessStartInfo(\"git\") { UseShellExecute = false };\n        psi.ArgumentList.Add(\"checkout\");\n        psi.ArgumentList.Add(branch);\n        Process.Start(psi)!.WaitForExit();\n    }\n}\n"
  ],
  "cmdi_minimal_bash": [
    "CWE-78",
    "using System.Diagnostics;\n\nvar app = WebApplication.Create(args);\nvar formats = new HashSet<string> { \"mp3\", \"ogg\", \"wav\" };\n\napp.MapPost(\"/convert\", (string file, string format) =>\n{\n    if (!formats.Contains(format)) return Results.BadRequest();\n    var name = Path.GetFileName(file);\n    var psi = new ProcessStartInfo(\"ffmpeg\") { UseShellExecute = false };\n    psi.ArgumentList.Add(\"-i\");\n    psi.ArgumentList.Add(Path.Combine(\"/data\", name));\n    psi.ArgumentList.Add(Path.Combine(\"/data\", \"out.\" + format));\n    using var p = Process.Start(psi);\n    p?.WaitForExit();\n    return Results.Ok();\n});\n\napp.Run();\n"
  ],
  "cmdi_stringbuilder_psi": [
    "CWE-78",
    "using System.Diagnostics;\nusing Microsoft.AspNetCore.Mvc;\n\npublic class ReportsController : Controller\n{\n    private static readonly Dictionary<string, string> Reports = new() { [\"sales\"] = \"sales\", [\"stock\"] = \"stock\" };\n\n    [HttpPost]\n    [ValidateAntiForgeryToken]\n    public IActionResult Export(string reportName)\n    {\n        if (!Reports.TryGetValue(reportName, out var page)) return NotFound();\n        var psi = new ProcessStartInfo(\"wkhtmltopdf\") { UseShellExecute = false };\n        psi.ArgumentList.Add(\"http://localhost/reports/\" + page);\n        psi.ArgumentList.Add(Path.Combine(Path.GetTempPath(), \"report.pdf\"));\n        Process.Start(psi)?.WaitForExit();\n        return Ok();\n    }\n}\n"
  ],
  "code_injection_script": [
    "CWE-94",
    "using System.Data;\nusing System.Text.RegularExpressions;\nusing Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/calc\")]\npublic class CalculatorController : ControllerBase\n{\n    [HttpPost]\n    public IActionResult Evaluate([FromBody] CalcRequest request)\n    {\n        if (!Regex.IsMatch(request.Expression, @\"^[0-9+\\-*/(). ]{1,100}$\")) return BadRequest();\n        var result = Convert.ToDouble(new DataTable().Compute(request.Expression, null));\n        return Ok(result);\n    }\n}\n\npublic class CalcRequest { public string Expression { get; set; } = \"\"; }\n"
  ],
  "cookie_insecure": [
    "CWE-614",
    "using Microsoft.AspNetCore.Mvc;\n\npublic class SessionController : Controller\n{\n    [HttpPost]\n    [ValidateAntiForgeryToken]\n    public IActionResult Start(string userId)\n    {\n        var sessionId = Guid.NewGuid().ToString();\n        Response.Cookies.Append(\"SessionId\", sessionId, new CookieOptions\n        {\n            HttpOnly = true,\n            Secure = true,\n            SameSite = SameSiteMode.Strict,\n            Expires = DateTimeOffset.UtcNow.AddHours(8)\n        });\n        return Ok();\n    }\n}\n"
  ],
  "creds_apikey": [
    "CWE-798",
    "using System.Net.Http.Headers;\n\npublic class WeatherClient\n{\n    private readonly string _apiKey;\n    private readonly HttpClient _http = new HttpClient();\n\n    public WeatherClient(IConfiguration config)\n    {\n        _apiKey = config[\"Weather:ApiKey\"] ?? Environment.GetEnvironmentVariable(\"WEATHER_API_KEY\") ?? \"\";\n    }\n\n    public async Task<string> GetForecast(string city)\n    {\n        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Bearer\", _apiKey);\n        return await _http.GetStringAsync(\"https://api.weather.example.com/v1/forecast?city=\" + Uri.EscapeDataString(city));\n    }\n}\n"
  ],
  "creds_connstring": [
    "CWE-798",
    "using System.Data.SqlClient;\n\npublic class Db\n{\n    private readonly string _connectionString;\n\n    public Db(IConfiguration configuration)\n    {\n        _connectionString = configuration.GetConnectionString(\"Payroll\")\n            ?? throw new InvalidOperationException(\"missing connection string\");\n    }\n\n    public SqlConnection Open()\n    {\n        var conn = new SqlConnection(_connectionString);\n        conn.Open();\n        return conn;\n    }\n}\n"
  ],
  "csrf_ignore_antiforgery": [
    "CWE-352",
    "using Microsoft.AspNetCore.Authorization;\nusing Microsoft.AspNetCore.Mvc;\n\n[Authorize]\npublic class TransferController : Controller\n{\n    private readonly IBankService _bank;\n    public TransferController(IBankService bank) { _bank = bank; }\n\n    [HttpPost]\n    [ValidateAntiForgeryToken]\n    public IActionResult Send(string toAccount, decimal amount)\n    {\n        _bank.Transfer(User.Identity!.Name!, toAccount, amount);\n        return RedirectToAction(\"Done\");\n    }\n}\n"
  ],
  "deser_binaryformatter": [
    "CWE-502",
    "using System.Text.Json;\nusing Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/session\")]\npublic class SessionController : ControllerBase\n{\n    [HttpPost(\"restore\")]\n    public async Task<IActionResult> Restore()\n    {\n        var state = await JsonSerializer.DeserializeAsync<UserState>(Request.Body);\n        return Ok(state?.UserName);\n    }\n}\n"
  ],
  "deser_losformatter": [
    "CWE-502",
    "using System;\nusing System.Text.Json;\n\npublic partial class Wizard : System.Web.UI.Page\n{\n    protected void Page_Load(object sender, EventArgs e)\n    {\n        var step = Session[\"wizardStep\"] as int? ?? 0;\n        lblStep.Text = step.ToString();\n    }\n}\n"
  ],
  "deser_typenamehandling": [
    "CWE-502",
    "using Newtonsoft.Json;\n\npublic class MessageHandler\n{\n    private static readonly JsonSerializerSettings Settings = new JsonSerializerSettings\n    {\n        TypeNameHandling = TypeNameHandling.None\n    };\n\n    public Message Handle(string payload)\n    {\n        return JsonConvert.DeserializeObject<Message>(payload, Settings);\n    }\n}\n"
  ],
  "hash_md5_password": [
    "CWE-916",
    "using Microsoft.AspNetCore.Identity;\n\npublic class PasswordService\n{\n    private readonly PasswordHasher<User> _hasher = new PasswordHasher<User>();\n\n    public string HashPassword(User user, string password)\n    {\n        return _hasher.HashPassword(user, password);\n    }\n\n    public bool Verify(User user, string hash, string password)\n    {\n        return _hasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed;\n    }\n}\n"
  ],
  "hash_sha1_store": [
    "CWE-916",
    "using System.Security.Cryptography;\n\npublic class UserStore\n{\n    private readonly Dictionary<string, string> _users = new();\n\n    public void Register(string username, string password)\n    {\n        byte[] salt = RandomNumberGenerator.GetBytes(16);\n        byte[] hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, 210000, HashAlgorithmName.SHA512, 32);\n        _users[username] = Convert.ToBase64String(salt) + \":\" + Convert.ToBase64String(hash);\n    }\n}\n"
  ],
  "jwt_validation_off": [
    "CWE-347",
    "using System.Text;\nusing Microsoft.AspNetCore.Authentication.JwtBearer;\nusing Microsoft.IdentityModel.Tokens;\n\nvar builder = WebApplication.CreateBuilder(args);\n\nbuilder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)\n    .AddJwtBearer(options =>\n    {\n        options.TokenValidationParameters = new TokenValidationParameters\n        {\n            ValidateIssuer = true,\n            ValidateAudience = true,\n            ValidateLifetime = true,\n            ValidateIssuerSigningKey = true,\n            ValidIssuer = builder.Configuration[\"Jwt:Issuer\"],\n            ValidAudience = builder.Configuration[\"Jwt:Audience\"],\n            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(builder.Configuration[\"Jwt:Key\"]!))\n        };\n    });\n\nvar app = builder.Build();\napp.UseAuthentication();\napp.UseAuthorization();\napp.Run();\n"
  ],
  "ldap_directorysearcher": [
    "CWE-90",
    "using System.DirectoryServices;\nusing System.Text.RegularExpressions;\nusing Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/directory\")]\npublic class DirectoryController : ControllerBase\n{\n    [HttpGet(\"user\")]\n    public IActionResult FindUser([FromQuery] string username)\n    {\n        if (!Regex.IsMatch(username, \"^[a-zA-Z0-9._-]{1,64}$\")) return BadRequest();\n        using var entry = new DirectoryEntry(\"LDAP://DC=corp,DC=example,DC=com\");\n        using var searcher = new DirectorySearcher(entry);\n        searcher.Filter = \"(&(objectClass=user)(sAMAccountName=\" + username + \"))\";\n        searcher.PropertiesToLoad.Add(\"mail\");\n        var result = searcher.FindOne();\n        return result == null ? NotFound() : Ok(result.Properties[\"mail\"][0]);\n    }\n}\n"
  ],
  "log_injection": [
    "CWE-117",
    "using Microsoft.AspNetCore.Mvc;\n\npublic class AuthController : Controller\n{\n    private readonly ILogger<AuthController> _logger;\n    public AuthController(ILogger<AuthController> logger) { _logger = logger; }\n\n    [HttpPost]\n    [ValidateAntiForgeryToken]\n    public IActionResult SignIn(string username, string password)\n    {\n        _logger.LogWarning(\"Failed login attempt for user {User}\", username.Replace(\"\\r\", \"\").Replace(\"\\n\", \"\"));\n        return Unauthorized();\n    }\n}\n"
  ],
  "mass_assignment_entity": [
    "CWE-915",
    "using Microsoft.AspNetCore.Authorization;\nusing Microsoft.AspNetCore.Mvc;\n\npublic class User\n{\n    public int Id { get; set; }\n    public string Email { get; set; } = \"\";\n    public string DisplayName { get; set; } = \"\";\n    public bool IsAdmin { get; set; }\n}\n\npublic record ProfileDto(string DisplayName);\n\n[ApiController]\n[Route(\"api/profile\")]\n[Authorize]\npublic class ProfileController : ControllerBase\n{\n    private readonly AppDbContext _context;\n    public ProfileController(AppDbContext context) { _context = context; }\n\n    [HttpPut]\n    public async Task<IActionResult> Update([FromBody] ProfileDto dto)\n    {\n        var id = int.Parse(User.FindFirst(\"sub\")!.Value);\n        var user = await _context.Users.FindAsync(id);\n        if (user == null) return NotFound();\n        user.DisplayName = dto.DisplayName;\n        await _context.SaveChangesAsync();\n        return NoContent();\n    }\n}\n"
  ],
  "path_delete_query": [
    "CWE-22",
    "using System.Text.RegularExpressions;\n\nvar builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\n\napp.MapDelete(\"/cache\", (HttpContext ctx) =>\n{\n    var key = ctx.Request.Query[\"key\"].ToString();\n    if (!Regex.IsMatch(key, \"^[a-f0-9]{32}$\")) return Results.BadRequest();\n    var file = \"/tmp/cache/\" + key + \".json\";\n    File.Delete(file);\n    return Results.NoContent();\n});\n\napp.Run();\n"
  ],
  "path_download": [
    "CWE-22",
    "using Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/files\")]\npublic class FilesController : ControllerBase\n{\n    private readonly string _storageRoot = \"/var/app/storage\";\n\n    [HttpGet(\"{fileName}\")]\n    public IActionResult Download(string fileName)\n    {\n        var root = Path.GetFullPath(_storageRoot);\n        var path = Path.GetFullPath(Path.Combine(root, fileName));\n        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return BadRequest();\n        if (!System.IO.File.Exists(path)) return NotFound();\n        var bytes = System.IO.File.ReadAllBytes(path);\n        return File(bytes, \"application/octet-stream\", Path.GetFileName(path));\n    }\n}\n"
  ],
  "path_physicalfile": [
    "CWE-22",
    "using Microsoft.AspNetCore.Mvc;\n\npublic class DocsController : Controller\n{\n    private readonly IWebHostEnvironment _env;\n\n    public DocsController(IWebHostEnvironment env)\n    {\n        _env = env;\n    }\n\n    public IActionResult Get(string name)\n    {\n        var safeName = Path.GetFileName(name);\n        var fullPath = Path.Combine(_env.ContentRootPath, \"docs\", safeName);\n        if (!System.IO.File.Exists(fullPath)) return NotFound();\n        return PhysicalFile(fullPath, \"application/pdf\");\n    }\n}\n"
  ],
  "path_upload_filename": [
    "CWE-22",
    "using Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/upload\")]\npublic class UploadController : ControllerBase\n{\n    private static readonly string[] Allowed = { \".png\", \".jpg\", \".pdf\" };\n\n    [HttpPost]\n    public async Task<IActionResult> Upload(IFormFile file)\n    {\n        if (file == null || file.Length == 0) return BadRequest(\"No file\");\n        var ext = Path.GetExtension(file.FileName).ToLowerInvariant();\n        if (!Allowed.Contains(ext)) return BadRequest(\"Bad type\");\n        var uploads = Path.Combine(Directory.GetCurrentDirectory(), \"uploads\");\n        var filePath = Path.Combine(uploads, Guid.NewGuid().ToString(\"N\") + ext);\n        using (var stream = new FileStream(filePath, FileMode.Create))\n        {\n            await file.CopyToAsync(stream);\n        }\n        return Ok();\n    }\n}\n"
  ],
  "path_write_minimal": [
    "CWE-22",
    "var app = WebApplication.Create(args);\n\napp.MapPost(\"/notes/{id:guid}\", async (Guid id, HttpRequest request) =>\n{\n    using var reader = new StreamReader(request.Body);\n    var text = await reader.ReadToEndAsync();\n    await File.WriteAllTextAsync($\"notes/{id}.txt\", text);\n    return Results.Created($\"/notes/{id}\", null);\n});\n\napp.Run();\n"
  ],
  "random_password_generator": [
    "CWE-338",
    "using System.Security.Cryptography;\n\npublic static class PasswordGenerator\n{\n    public static string GeneratePassword(int length)\n    {\n        const string chars = \"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#$\";\n        return RandomNumberGenerator.GetString(chars, length);\n    }\n}\n"
  ],
  "random_reset_token": [
    "CWE-338",
    "using System.Security.Cryptography;\n\npublic class PasswordResetService\n{\n    private const string Chars = \"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\";\n\n    public string GenerateResetToken(int length = 32)\n    {\n        var token = new char[length];\n        for (int i = 0; i < length; i++)\n            token[i] = Chars[RandomNumberGenerator.GetInt32(Chars.Length)];\n        return new string(token);\n    }\n}\n"
  ],
  "redirect_login": [
    "CWE-601",
    "using Microsoft.AspNetCore.Authentication;\nusing Microsoft.AspNetCore.Mvc;\n\npublic class LoginController : Controller\n{\n    private readonly IUserService _users;\n    public LoginController(IUserService users) { _users = users; }\n\n    [HttpPost]\n    [ValidateAntiForgeryToken]\n    public async Task<IActionResult> Login(LoginModel model, string returnUrl)\n    {\n        if (!ModelState.IsValid) return View(model);\n        var principal = await _users.SignInAsync(model.Email, model.Password);\n        if (principal == null) return View(model);\n        await HttpContext.SignInAsync(principal);\n        if (!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl))\n            return Redirect(returnUrl);\n        return RedirectToAction(\"Index\", \"Home\");\n    }\n}\n"
  ],
  "redirect_middleware": [
    "CWE-601",
    "var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\n\napp.MapGet(\"/go\", (HttpContext context) =>\n{\n    string target = context.Request.Query[\"next\"];\n    if (string.IsNullOrEmpty(target) || !target.StartsWith(\"/\") || target.StartsWith(\"//\"))\n        target = \"/\";\n    return Results.LocalRedirect(target);\n});\n\napp.Run();\n"
  ],
  "redirect_results": [
    "CWE-601",
    "var app = WebApplication.Create(args);\n\napp.MapGet(\"/logout\", (string? redirectUri) =>\n{\n    return Results.LocalRedirect(redirectUri ?? \"/\");\n});\n\napp.Run();\n"
  ],
  "redos_user_pattern": [
    "CWE-400",
    "using System.Text.RegularExpressions;\nusing Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/search\")]\npublic class SearchController : ControllerBase\n{\n    private readonly IEnumerable<string> _names = new[] { \"alice\", \"bob\", \"carol\" };\n\n    [HttpGet]\n    public IActionResult Search([FromQuery] string pattern)\n    {\n        var regex = new Regex(Regex.Escape(pattern), RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(100));\n        return Ok(_names.Where(n => regex.IsMatch(n)));\n    }\n}\n"
  ],
  "reflection_type_from_input": [
    "CWE-470",
    "using Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/plugins\")]\npublic class PluginController : ControllerBase\n{\n    private static readonly Dictionary<string, Func<IPlugin>> Plugins = new()\n    {\n        [\"resize\"] = () => new ResizePlugin(),\n        [\"thumbnail\"] = () => new ThumbnailPlugin(),\n    };\n\n    [HttpPost(\"run\")]\n    public IActionResult Run([FromQuery] string typeName)\n    {\n        if (!Plugins.TryGetValue(typeName, out var create)) return NotFound();\n        return Ok(create().Execute());\n    }\n}\n"
  ],
  "sqli_ado_controller": [
    "CWE-89",
    "using System.Data.SqlClient;\nusing Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/[controller]\")]\npublic class CustomersController : ControllerBase\n{\n    private readonly string _connectionString;\n\n    public CustomersController(IConfiguration config)\n    {\n        _connectionString = config.GetConnectionString(\"Default\");\n    }\n\n    [HttpGet(\"search\")]\n    public IActionResult Search(string lastName)\n    {\n        var results = new List<string>();\n        using (var connection = new SqlConnection(_connectionString))\n        {\n            connection.Open();\n            const string query = \"SELECT FirstName, LastName FROM Customers WHERE LastName = @lastName\";\n            using (var command = new SqlCommand(query, connection))\n            {\n                command.Parameters.Add(\"@lastName\", SqlDbType.NVarChar, 100).Value = lastName;\n                using (var reader = command.ExecuteReader())\n                {\n                    while (reader.Read())\n                    {\n                        results.Add(reader.GetString(0) + \" \" + reader.GetString(1));\n                    }\n                }\n            }\n        }\n        return Ok(results);\n    }\n}\n"
  ],
  "sqli_dapper_format": [
    "CWE-89",
    "using System.Data;\nusing Dapper;\n\npublic class InvoiceRepository\n{\n    private static readonly HashSet<string> AllowedSortColumns = new() { \"CreatedAt\", \"Total\", \"DueDate\" };\n    private readonly IDbConnection _db;\n\n    public InvoiceRepository(IDbConnection db) => _db = db;\n\n    public IEnumerable<Invoice> GetInvoicesForCustomer(string customerId, string sortColumn)\n    {\n        if (!AllowedSortColumns.Contains(sortColumn)) sortColumn = \"CreatedAt\";\n        var sql = $\"SELECT * FROM Invoices WHERE CustomerId = @CustomerId ORDER BY {sortColumn}\";\n        return _db.Query<Invoice>(sql, new { CustomerId = customerId });\n    }\n}\n"
  ],
  "sqli_ef_fromsqlraw": [
    "CWE-89",
    "using Microsoft.AspNetCore.Mvc;\nusing Microsoft.EntityFrameworkCore;\n\npublic class BlogController : Controller\n{\n    private readonly BloggingContext _context;\n\n    public BlogController(BloggingContext context)\n    {\n        _context = context;\n    }\n\n    public async Task<IActionResult> Index([FromQuery] string author)\n    {\n        var posts = await _context.Posts\n            .FromSqlInterpolated($\"SELECT * FROM Posts WHERE Author = {author} ORDER BY PublishedOn DESC\")\n            .ToListAsync();\n        return View(posts);\n    }\n}\n"
  ],
  "sqli_helper_method": [
    "CWE-89",
    "using System.Data.SqlClient;\nusing Microsoft.AspNetCore.Mvc;\n\npublic class AccountController : Controller\n{\n    private readonly string _cs = \"Server=db;Database=Bank;Integrated Security=true\";\n\n    [HttpPost]\n    [ValidateAntiForgeryToken]\n    public IActionResult Login(string username, string password)\n    {\n        if (CheckUser(username, password))\n            return RedirectToAction(\"Index\", \"Home\");\n        ViewBag.Error = \"Invalid login\";\n        return View();\n    }\n\n    private bool CheckUser(string user, string pass)\n    {\n        using var conn = new SqlConnection(_cs);\n        conn.Open();\n        using var cmd = new SqlCommand(\"SELECT PasswordHash FROM Users WHERE Username = @user\", conn);\n        cmd.Parameters.AddWithValue(\"@user\", user);\n        var hash = cmd.ExecuteScalar() as string;\n        return hash != null && BCrypt.Net.BCrypt.Verify(pass, hash);\n    }\n}\n"
  ],
  "sqli_minimal_npgsql": [
    "CWE-89",
    "using Npgsql;\n\nvar builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\nvar connString = builder.Configuration.GetConnectionString(\"Postgres\");\n\napp.MapGet(\"/products\", async (string category) =>\n{\n    await using var conn = new NpgsqlConnection(connString);\n    await conn.OpenAsync();\n    await using var cmd = new NpgsqlCommand(\"SELECT id, name, price FROM products WHERE category = @category\", conn);\n    cmd.Parameters.AddWithValue(\"category\", category);\n    await using var reader = await cmd.ExecuteReaderAsync();\n    var items = new List<object>();\n    while (await reader.ReadAsync())\n        items.Add(new { Id = reader.GetInt32(0), Name = reader.GetString(1), Price = reader.GetDecimal(2) });\n    return Results.Ok(items);\n});\n\napp.Run();\n"
  ],
  "sqli_razor_page": [
    "CWE-89",
    "using Microsoft.AspNetCore.Mvc;\nusing Microsoft.AspNetCore.Mvc.RazorPages;\nusing Microsoft.EntityFrameworkCore;\n\npublic class EmployeesModel : PageModel\n{\n    private readonly HrContext _db;\n    public EmployeesModel(HrContext db) { _db = db; }\n\n    [BindProperty(SupportsGet = true)]\n    public string? Department { get; set; }\n\n    public List<Employee> Employees { get; set; } = new();\n\n    public async Task OnGetAsync()\n    {\n        var query = _db.Employees.AsQueryable();\n        if (!string.IsNullOrEmpty(Department))\n            query = query.Where(e => e.Department == Department);\n        Employees = await query.ToListAsync();\n    }\n}\n"
  ],
  "sqli_stringbuilder": [
    "CWE-89",
    "using System.Text;\nusing Microsoft.AspNetCore.Mvc;\nusing Microsoft.Data.Sqlite;\n\n[ApiController]\n[Route(\"api/books\")]\npublic class BooksController : ControllerBase\n{\n    [HttpGet]\n    public IActionResult List([FromQuery] string title, [FromQuery] string genre)\n    {\n        using var conn = new SqliteConnection(\"Data Source=books.db\");\n        conn.Open();\n        using var cmd = conn.CreateCommand();\n        var sb = new StringBuilder(\"SELECT Id, Title FROM Books WHERE 1=1\");\n        if (!string.IsNullOrEmpty(title))\n        {\n            sb.Append(\" AND Title LIKE $title\");\n            cmd.Parameters.AddWithValue(\"$title\", \"%\" + title + \"%\");\n        }\n        if (!string.IsNullOrEmpty(genre))\n        {\n            sb.Append(\" AND Genre = $genre\");\n            cmd.Parameters.AddWithValue(\"$genre\", genre);\n        }\n        cmd.CommandText = sb.ToString();\n        using var reader = cmd.ExecuteReader();\n        var list = new List<string>();\n        while (reader.Read()) list.Add(reader.GetString(1));\n        return Ok(list);\n    }\n}\n"
  ],
  "sqli_webforms": [
    "CWE-89",
    "using System;\nusing System.Data;\nusing System.Data.SqlClient;\nusing System.Configuration;\n\npublic partial class OrderDetails : System.Web.UI.Page\n{\n    protected void Page_Load(object sender, EventArgs e)\n    {\n        if (!int.TryParse(Request.QueryString[\"orderId\"], out int orderId))\n        {\n            Response.StatusCode = 400;\n            return;\n        }\n        string cs = ConfigurationManager.ConnectionStrings[\"Shop\"].ConnectionString;\n        using (SqlConnection con = new SqlConnection(cs))\n        {\n            SqlDataAdapter da = new SqlDataAdapter(\"SELECT * FROM OrderLines WHERE OrderId = \" + orderId, con);\n            DataTable dt = new DataTable();\n            da.Fill(dt);\n            gvLines.DataSource = dt;\n            gvLines.DataBind();\n        }\n    }\n}\n"
  ],
  "ssrf_httpclient": [
    "CWE-918",
    "using Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/preview\")]\npublic class LinkPreviewController : ControllerBase\n{\n    private static readonly HashSet<string> AllowedHosts = new(StringComparer.OrdinalIgnoreCase) { \"example.com\", \"docs.example.com\" };\n    private readonly HttpClient _http;\n\n    public LinkPreviewController(IHttpClientFactory factory)\n    {\n        _http = factory.CreateClient();\n    }\n\n    [HttpGet]\n    public async Task<IActionResult> Get([FromQuery] string url)\n    {\n        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || !AllowedHosts.Contains(uri.Host))\n            return BadRequest();\n        var html = await _http.GetStringAsync(uri);\n        return Ok(new { url, length = html.Length });\n    }\n}\n"
  ],
  "ssrf_requestmessage": [
    "CWE-918",
    "var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient(\"hooks\", c => c.BaseAddress = new Uri(\"https://hooks.example.com/\"));\nvar app = builder.Build();\n\napp.MapPost(\"/webhook/test\", async (WebhookTest body, IHttpClientFactory factory) =>\n{\n    var client = factory.CreateClient(\"hooks\");\n    var request = new HttpRequestMessage(HttpMethod.Post, \"v1/ping/\" + Uri.EscapeDataString(body.HookId))\n    {\n        Content = new StringContent(\"{\\\"ping\\\":true}\")\n    };\n    var response = await client.SendAsync(request);\n    return Results.Ok((int)response.StatusCode);\n});\n\napp.Run();\n\npublic record WebhookTest(string HookId);\n"
  ],
  "ssrf_webclient": [
    "CWE-918",
    "using System;\nusing System.Net;\n\npublic partial class FeedReader : System.Web.UI.Page\n{\n    private static readonly string[] Feeds = { \"https://news.example.com/rss\", \"https://blog.example.com/feed\" };\n\n    protected void btnLoad_Click(object sender, EventArgs e)\n    {\n        int index = int.Parse(Request.Form[\"feed\"]);\n        if (index < 0 || index >= Feeds.Length) return;\n        using (var client = new WebClient())\n        {\n            string xml = client.DownloadString(Feeds[index]);\n            litFeed.Text = Server.HtmlEncode(xml);\n        }\n    }\n}\n"
  ],
  "tls_handler_callback": [
    "CWE-295",
    "using System.Net.Security;\n\npublic static class ApiClientFactory\n{\n    public static HttpClient Create(string baseUrl)\n    {\n        var handler = new HttpClientHandler\n        {\n            ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => errors == SslPolicyErrors.None\n        };\n        return new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };\n    }\n}\n"
  ],
  "tls_servicepointmanager": [
    "CWE-295",
    "using System.Net;\n\nclass Program\n{\n    static void Main()\n    {\n        ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;\n        using var client = new WebClient();\n        Console.WriteLine(client.DownloadString(\"https://internal.example.local/status\"));\n    }\n}\n"
  ],
  "xpath_login": [
    "CWE-643",
    "using System.Xml;\nusing System.Xml.Linq;\n\npublic class XmlUserStore\n{\n    private readonly XDocument _doc;\n\n    public XmlUserStore(string path)\n    {\n        _doc = XDocument.Load(path);\n    }\n\n    public bool Authenticate(string user, string pass)\n    {\n        return _doc.Descendants(\"user\").Any(u => (string?)u.Element(\"name\") == user && (string?)u.Element(\"password\") == pass);\n    }\n}\n"
  ],
  "xss_content_html": [
    "CWE-79",
    "using System.Text.Encodings.Web;\nusing Microsoft.AspNetCore.Mvc;\n\npublic class GreetingController : Controller\n{\n    [HttpGet(\"/hello\")]\n    public IActionResult Hello(string name)\n    {\n        var html = $\"<html><body><h1>Hello, {HtmlEncoder.Default.Encode(name)}!</h1></body></html>\";\n        return Content(html, \"text/html\");\n    }\n}\n"
  ],
  "xss_htmlstring": [
    "CWE-79",
    "using System.Net;\nusing Microsoft.AspNetCore.Html;\nusing Microsoft.AspNetCore.Mvc;\n\npublic class CommentsController : Controller\n{\n    [HttpPost]\n    [ValidateAntiForgeryToken]\n    public IActionResult Preview([FromForm] string comment)\n    {\n        ViewData[\"Preview\"] = new HtmlString(\"<div class='comment'>\" + WebUtility.HtmlEncode(comment) + \"</div>\");\n        return View();\n    }\n}\n"
  ],
  "xss_label_text": [
    "CWE-79",
    "using System;\nusing System.Web;\n\npublic partial class Profile : System.Web.UI.Page\n{\n    protected void Page_Load(object sender, EventArgs e)\n    {\n        litBio.Text = \"<div class='bio'>\" + HttpUtility.HtmlEncode(Request[\"bio\"]) + \"</div>\";\n    }\n}\n"
  ],
  "xss_minimal_writeasync": [
    "CWE-79",
    "using System.Net;\n\nvar builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\n\napp.MapGet(\"/search\", async (HttpContext context) =>\n{\n    var q = context.Request.Query[\"q\"].ToString();\n    context.Response.ContentType = \"text/html\";\n    await context.Response.WriteAsync($\"<p>No results for <b>{WebUtility.HtmlEncode(q)}</b></p>\");\n});\n\napp.Run();\n"
  ],
  "xss_webforms_write": [
    "CWE-79",
    "using System;\nusing System.Web;\n\npublic partial class Welcome : System.Web.UI.Page\n{\n    protected void Page_Load(object sender, EventArgs e)\n    {\n        string user = Request.QueryString[\"user\"];\n        Response.Write(\"<p>Welcome back, \" + HttpUtility.HtmlEncode(user) + \"</p>\");\n    }\n}\n"
  ],
  "xxe_dtdparse": [
    "CWE-611",
    "using System.Xml;\n\npublic class ConfigLoader\n{\n    public XmlDocument Load(Stream input)\n    {\n        var settings = new XmlReaderSettings\n        {\n            DtdProcessing = DtdProcessing.Prohibit,\n            XmlResolver = null\n        };\n        using var reader = XmlReader.Create(input, settings);\n        var doc = new XmlDocument();\n        doc.Load(reader);\n        return doc;\n    }\n}\n"
  ],
  "xxe_xmlresolver": [
    "CWE-611",
    "using System.Xml;\nusing Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/import\")]\npublic class ImportController : ControllerBase\n{\n    [HttpPost]\n    public async Task<IActionResult> Import()\n    {\n        using var reader = new StreamReader(Request.Body);\n        var body = await reader.ReadToEndAsync();\n        var doc = new XmlDocument { XmlResolver = null };\n        doc.LoadXml(body);\n        var count = doc.SelectNodes(\"//item\")?.Count ?? 0;\n        return Ok(new { count });\n    }\n}\n"
  ],
  "w2.cmdi_env_hook": [
    "CWE-78",
    "using System.Diagnostics;\n\npublic static class Hooks\n{\n    public static void RunPostDeployHook()\n    {\n        var psi = new ProcessStartInfo(\"/usr/local/bin/post-deploy\") { UseShellExecute = false };\n        psi.ArgumentList.Add(\"--quiet\");\n        Process.Start(psi)?.WaitForExit();\n    }\n}\n"
  ],
  "w2.cmdi_form_cmd": [
    "CWE-78",
    "using System;\nusing System.Diagnostics;\nusing System.Net;\n\npublic partial class Admin_Diagnostics : System.Web.UI.Page\n{\n    protected void btnRun_Click(object sender, EventArgs e)\n    {\n        if (!IPAddress.TryParse(Request.Form[\"host\"], out var address)) return;\n        var proc = Process.Start(new ProcessStartInfo(\"tracert\", address.ToString())\n        {\n            RedirectStandardOutput = true,\n            UseShellExecute = false\n        });\n        preOutput.InnerText = proc.StandardOutput.ReadToEnd();\n    }\n}\n"
  ],
  "w2.console_read_own_file": [
    "CWE-22",
    "using System;\nusing System.IO;\n\nclass WordCount\n{\n    static int Main(string[] args)\n    {\n        if (args.Length != 1)\n        {\n            Console.Error.WriteLine(\"usage: wc <file>\");\n            return 1;\n        }\n        var text = File.ReadAllText(args[0]);\n        Console.WriteLine(text.Split((char[])null!, StringSplitOptions.RemoveEmptyEntries).Length);\n        return 0;\n    }\n}\n"
  ],
  "w2.cookie_auth_securepolicy": [
    "CWE-614",
    "var builder = WebApplication.CreateBuilder(args);\n\nbuilder.Services.AddAuthentication(\"Cookies\")\n    .AddCookie(\"Cookies\", options =>\n    {\n        options.LoginPath = \"/account/login\";\n        options.Cookie.Name = \"app.auth\";\n        options.Cookie.SecurePolicy = CookieSecurePolicy.Always;\n        options.Cookie.HttpOnly = true;\n        options.Cookie.SameSite = SameSiteMode.Lax;\n    });\n\nvar app = builder.Build();\napp.UseAuthentication();\napp.Run();\n"
  ],
  "w2.creds_networkcredential": [
    "CWE-798",
    "using System.Net;\nusing System.Net.Mail;\n\npublic class EmailSender\n{\n    private readonly SmtpSettings _settings;\n    public EmailSender(IOptions<SmtpSettings> settings) => _settings = settings.Value;\n\n    public void Send(string to, string subject, string body)\n    {\n        using var client = new SmtpClient(_settings.Host, _settings.Port)\n        {\n            EnableSsl = true,\n            Credentials = new NetworkCredential(_settings.User, _settings.Password)\n        };\n        client.Send(new MailMessage(_settings.From, to, subject, body));\n    }\n}\n"
  ],
  "w2.dapper_in_list": [
    "CWE-89",
    "using Dapper;\nusing Microsoft.Data.SqlClient;\n\npublic class ProductRepository\n{\n    private readonly string _connectionString;\n    public ProductRepository(string connectionString) => _connectionString = connectionString;\n\n    public async Task<IEnumerable<Product>> GetByIdsAsync(IEnumerable<int> ids)\n    {\n        await using var connection = new SqlConnection(_connectionString);\n        return await connection.QueryAsync<Product>(\"SELECT * FROM Products WHERE Id IN @Ids\", new { Ids = ids });\n    }\n}\n"
  ],
  "w2.deser_xmlserializer_type": [
    "CWE-502",
    "using System.Xml.Serialization;\nusing Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/import\")]\npublic class XmlImportController : ControllerBase\n{\n    [HttpPost]\n    public IActionResult Import()\n    {\n        var serializer = new XmlSerializer(typeof(ImportBatch));\n        var obj = (ImportBatch?)serializer.Deserialize(Request.Body);\n        return Ok(obj?.Items.Count ?? 0);\n    }\n}\n"
  ],
  "w2.etag_md5": [
    "CWE-328",
    "using System.Security.Cryptography;\nusing Microsoft.AspNetCore.Mvc;\n\npublic class AssetsController : Controller\n{\n    [HttpGet(\"/assets/{name}\")]\n    public IActionResult Get(string name)\n    {\n        var content = AssetStore.Get(Path.GetFileName(name));\n        if (content == null) return NotFound();\n        var etag = ComputeETag(content);\n        Response.Headers.ETag = etag;\n        return File(content, \"application/octet-stream\");\n    }\n\n    private static string ComputeETag(byte[] data)\n    {\n        using var md5 = MD5.Create();\n        return \"\\\"\" + Convert.ToHexString(md5.ComputeHash(data)) + \"\\\"\";\n    }\n}\n"
  ],
  "w2.jwt_require_signed": [
    "CWE-347",
    "using System.IdentityModel.Tokens.Jwt;\nusing Microsoft.IdentityModel.Tokens;\n\npublic class TokenReader\n{\n    private readonly SecurityKey _key;\n    public TokenReader(SecurityKey key) => _key = key;\n\n    public ClaimsPrincipal Read(string token)\n    {\n        var handler = new JwtSecurityTokenHandler();\n        var parameters = new TokenValidationParameters\n        {\n            IssuerSigningKey = _key,\n            ValidIssuer = \"https://login.example.com\",\n            ValidAudience = \"orders-api\"\n        };\n        return handler.ValidateToken(token, parameters, out _);\n    }\n}\n"
  ],
  "w2.ldap_searcher_ctor": [
    "CWE-90",
    "using System.DirectoryServices;\nusing System.Text;\n\npublic class DirectoryLookup\n{\n    public string? GetDisplayName(string email)\n    {\n        using var root = new DirectoryEntry(\"LDAP://OU=Staff,DC=example,DC=org\");\n        using var searcher = new DirectorySearcher(root, $\"(&(objectCategory=person)(mail={EscapeLdapFilter(email)}))\");\n        var result = searcher.FindOne();\n        return result?.Properties[\"displayName\"]?[0]?.ToString();\n    }\n\n    private static string EscapeLdapFilter(string value)\n    {\n        var sb = new StringBuilder();\n        foreach (var c in value)\n        {\n            switch (c)\n            {\n                case '\\\\': sb.Append(\"\\\\5c\"); break;\n                case '*': sb.Append(\"\\\\2a\"); break;\n                case '(': sb.Append(\"\\\\28\"); break;\n                case ')': sb.Append(\"\\\\29\"); break;\n                case '\\0': sb.Append(\"\\\\00\"); break;\n                default: sb.Append(c); break;\n            }\n        }\n        return sb.ToString();\n    }\n}\n"
  ],
  "w2.minimal_api_json": [
    "CWE-79",
    "var app = WebApplication.Create(args);\n\napp.MapGet(\"/greet/{name}\", (string name) => Results.Ok(new { message = $\"Hello, {name}!\" }));\napp.MapGet(\"/echo\", (string text) => Results.Text(text, \"text/plain\"));\n\napp.Run();\n"
  ],
  "w2.path_images_openread": [
    "CWE-22",
    "using Microsoft.AspNetCore.Mvc;\n\npublic class ImagesController : Controller\n{\n    private readonly IWebHostEnvironment _env;\n    public ImagesController(IWebHostEnvironment env) => _env = env;\n\n    [HttpGet(\"/img\")]\n    public IActionResult Get([FromQuery] string file)\n    {\n        var path = Path.Combine(_env.WebRootPath, \"images\", Path.GetFileName(file));\n        if (!System.IO.File.Exists(path)) return NotFound();\n        var stream = System.IO.File.OpenRead(path);\n        return File(stream, \"image/png\");\n    }\n}\n"
  ],
  "w2.path_zip_extract": [
    "CWE-22",
    "using System.IO.Compression;\nusing Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/themes\")]\npublic class ThemeController : ControllerBase\n{\n    [HttpPost]\n    public IActionResult Upload(IFormFile package)\n    {\n        var target = Path.GetFullPath(Path.Combine(\"wwwroot\", \"themes\"));\n        using var archive = new ZipArchive(package.OpenReadStream());\n        foreach (var entry in archive.Entries)\n        {\n            var destination = Path.GetFullPath(Path.Combine(target, entry.FullName));\n            if (!destination.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))\n                return BadRequest(\"invalid entry\");\n            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);\n            entry.ExtractToFile(destination, overwrite: true);\n        }\n        return Ok();\n    }\n}\n"
  ],
  "w2.random_sms_code": [
    "CWE-338",
    "using System.Security.Cryptography;\n\npublic class VerificationService\n{\n    private readonly ISmsSender _sms;\n    public VerificationService(ISmsSender sms) => _sms = sms;\n\n    public async Task<string> SendVerificationCode(string phone)\n    {\n        var code = RandomNumberGenerator.GetInt32(100000, 1000000).ToString();\n        await _sms.SendAsync(phone, $\"Your code is {code}\");\n        return code;\n    }\n}\n"
  ],
  "w2.redirect_referer": [
    "CWE-601",
    "using Microsoft.AspNetCore.Mvc;\n\npublic class LanguageController : Controller\n{\n    [HttpPost]\n    [ValidateAntiForgeryToken]\n    public IActionResult SetLanguage(string culture, string returnUrl)\n    {\n        Response.Cookies.Append(\"lang\", culture, new CookieOptions { Secure = true, HttpOnly = true });\n        return LocalRedirect(string.IsNullOrEmpty(returnUrl) ? \"/\" : returnUrl);\n    }\n}\n"
  ],
  "w2.shuffle_quiz": [
    "CWE-338",
    "public class QuizService\n{\n    private readonly Random _random = new Random();\n\n    public List<Question> ShuffleQuestions(List<Question> questions)\n    {\n        return questions.OrderBy(_ => _random.Next()).ToList();\n    }\n}\n"
  ],
  "w2.sqli_aug_assign_repo": [
    "CWE-89",
    "using System.Data.SqlClient;\n\npublic class TicketRepository\n{\n    private readonly string _cs;\n    public TicketRepository(string cs) { _cs = cs; }\n\n    public DataTable Search(string status, string assignee)\n    {\n        string sql = \"SELECT * FROM Tickets WHERE 1 = 1\";\n        using var conn = new SqlConnection(_cs);\n        using var cmd = new SqlCommand { Connection = conn };\n        if (!string.IsNullOrWhiteSpace(status))\n        {\n            sql += \" AND Status = @status\";\n            cmd.Parameters.AddWithValue(\"@status\", status);\n        }\n        if (!string.IsNullOrWhiteSpace(assignee))\n        {\n            sql += \" AND AssignedTo = @assignee\";\n            cmd.Parameters.AddWithValue(\"@assignee\", assignee);\n        }\n        cmd.CommandText = sql;\n        using var adapter = new SqlDataAdapter(cmd);\n        var table = new DataTable();\n        adapter.Fill(table);\n        return table;\n    }\n}\n"
  ],
  "w2.sqli_executesqlraw_route": [
    "CWE-89",
    "using Microsoft.AspNetCore.Mvc;\nusing Microsoft.EntityFrameworkCore;\n\n[ApiController]\n[Route(\"api/carts\")]\npublic class CartController : ControllerBase\n{\n    private readonly ShopContext _context;\n    public CartController(ShopContext context) => _context = context;\n\n    [HttpDelete(\"{userId}\")]\n    public async Task<IActionResult> Clear([FromRoute] string userId)\n    {\n        await _context.Database.ExecuteSqlRawAsync(\"DELETE FROM CartItems WHERE UserId = {0}\", userId);\n        return NoContent();\n    }\n}\n"
  ],
  "w2.sqli_winforms_textbox": [
    "CWE-89",
    "using System;\nusing System.Data.OleDb;\nusing System.Windows.Forms;\n\npublic partial class MainForm : Form\n{\n    private void btnSearch_Click(object sender, EventArgs e)\n    {\n        using (var conn = new OleDbConnection(@\"Provider=Microsoft.ACE.OLEDB.12.0;Data Source=inventory.accdb\"))\n        {\n            conn.Open();\n            var cmd = new OleDbCommand(\"SELECT * FROM Parts WHERE PartName LIKE ?\", conn);\n            cmd.Parameters.AddWithValue(\"?\", \"%\" + txtSearch.Text + \"%\");\n            var reader = cmd.ExecuteReader();\n            lstResults.Items.Clear();\n            while (reader.Read()) lstResults.Items.Add(reader[\"PartName\"].ToString());\n        }\n    }\n}\n"
  ],
  "w2.ssrf_health_interp": [
    "CWE-918",
    "[ApiController]\n[Route(\"api/monitor\")]\npublic class MonitorController : ControllerBase\n{\n    private static readonly Dictionary<string, string> Services = new()\n    {\n        [\"billing\"] = \"https://billing.internal.example.com\",\n        [\"search\"] = \"https://search.internal.example.com\",\n    };\n    private readonly HttpClient _httpClient;\n    public MonitorController(HttpClient httpClient) => _httpClient = httpClient;\n\n    [HttpGet(\"check\")]\n    public async Task<IActionResult> Check(string service)\n    {\n        if (!Services.TryGetValue(service, out var baseUrl)) return NotFound();\n        var response = await _httpClient.GetAsync($\"{baseUrl}/health\");\n        return Ok(new { status = (int)response.StatusCode });\n    }\n}\n"
  ],
  "w2.tls_delegate_handler": [
    "CWE-295",
    "using System.Security.Cryptography.X509Certificates;\n\npublic class LegacyApi\n{\n    private const string PinnedThumbprint = \"A1B2C3D4E5F60718293A4B5C6D7E8F9012345678\";\n    private readonly HttpClient _client;\n\n    public LegacyApi()\n    {\n        var handler = new HttpClientHandler();\n        handler.ServerCertificateCustomValidationCallback = (req, cert, chain, errors) =>\n            cert != null && string.Equals(cert.Thumbprint, PinnedThumbprint, StringComparison.OrdinalIgnoreCase);\n        _client = new HttpClient(handler) { BaseAddress = new Uri(\"https://legacy.local:8443/\") };\n    }\n}\n"
  ],
  "w2.weak_hash_sha1_token": [
    "CWE-328",
    "using System.Security.Cryptography;\nusing System.Text;\n\npublic static class ApiTokens\n{\n    public static string CreateSignature(string payload, string secret)\n    {\n        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));\n        var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(payload));\n        return Convert.ToBase64String(hash);\n    }\n}\n"
  ],
  "w2.xss_script_block": [
    "CWE-79",
    "using System.Text.Encodings.Web;\nusing Microsoft.AspNetCore.Mvc;\n\npublic class WidgetController : Controller\n{\n    [HttpGet(\"/widget\")]\n    public ContentResult Widget(string user)\n    {\n        var html = \"<html><body><script>var currentUser = '\" + JavaScriptEncoder.Default.Encode(user) + \"';</script><div id='app'></div></body></html>\";\n        return new ContentResult { Content = html, ContentType = \"text/html\" };\n    }\n}\n"
  ],
  "w2.xxe_xmltextreader_legacy": [
    "CWE-611",
    "using System.Xml;\n\npublic class InvoiceParser\n{\n    public string GetTotal(string xmlPath)\n    {\n        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };\n        using var reader = XmlReader.Create(xmlPath, settings);\n        var doc = new XmlDocument();\n        doc.Load(reader);\n        return doc.SelectSingleNode(\"/invoice/total\")?.InnerText ?? \"0\";\n    }\n}\n"
  ],
  "w3.azure_function_sql": [
    "CWE-89",
    "using Microsoft.AspNetCore.Http;\nusing Microsoft.AspNetCore.Mvc;\nusing Microsoft.Azure.WebJobs;\nusing Microsoft.Azure.WebJobs.Extensions.Http;\nusing Microsoft.Data.SqlClient;\n\npublic static class GetCustomer\n{\n    [FunctionName(\"GetCustomer\")]\n    public static async Task<IActionResult> Run(\n        [HttpTrigger(AuthorizationLevel.Function, \"get\", Route = null)] HttpRequest req)\n    {\n        string email = req.Query[\"email\"];\n        using var conn = new SqlConnection(Environment.GetEnvironmentVariable(\"SqlConnection\"));\n        await conn.OpenAsync();\n        var cmd = new SqlCommand(@\"SELECT Id, Name\n                                   FROM Customers\n                                   WHERE Email = @email\", conn);\n        cmd.Parameters.AddWithValue(\"@email\", email);\n        var name = await cmd.ExecuteScalarAsync();\n        return new OkObjectResult(name);\n    }\n}\n"
  ],
  "w3.deser_binaryformatter_cookie": [
    "CWE-502",
    "using System.Text.Json;\nusing Microsoft.AspNetCore.DataProtection;\nusing Microsoft.AspNetCore.Mvc;\n\npublic class CartController : Controller\n{\n    private readonly IDataProtector _protector;\n    public CartController(IDataProtectionProvider provider) => _protector = provider.CreateProtector(\"cart\");\n\n    public IActionResult Index()\n    {\n        var raw = Request.Cookies[\"cart\"];\n        if (raw == null) return View(new Cart());\n        var cart = JsonSerializer.Deserialize<Cart>(_protector.Unprotect(raw)) ?? new Cart();\n        return View(cart);\n    }\n}\n"
  ],
  "w3.hash_sha256_password_login": [
    "CWE-916",
    "using Microsoft.AspNetCore.Identity;\n\npublic class AuthService\n{\n    private readonly AppDbContext _db;\n    private readonly IPasswordHasher<User> _hasher;\n    public AuthService(AppDbContext db, IPasswordHasher<User> hasher) { _db = db; _hasher = hasher; }\n\n    public bool Login(string username, string password)\n    {\n        var user = _db.Users.SingleOrDefault(u => u.Username == username);\n        if (user == null) return false;\n        return _hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;\n    }\n}\n"
  ],
  "w3.path_join_export": [
    "CWE-22",
    "using Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/exports\")]\npublic class ExportsController : ControllerBase\n{\n    private const string ExportDir = \"/var/exports\";\n\n    [HttpGet(\"{*name}\")]\n    public IActionResult Download(string name)\n    {\n        var full = Path.GetFullPath(Path.Join(ExportDir, name));\n        if (!full.StartsWith(ExportDir + \"/\", StringComparison.Ordinal)) return BadRequest();\n        return PhysicalFile(full, \"text/csv\", Path.GetFileName(full));\n    }\n}\n"
  ],
  "w3.random_api_key": [
    "CWE-338",
    "using System.Security.Cryptography;\n\npublic class ApiKeyService\n{\n    public string CreateApiKey()\n    {\n        var bytes = RandomNumberGenerator.GetBytes(24);\n        return Convert.ToBase64String(bytes);\n    }\n}\n"
  ],
  "w3.razor_page_post_cmd": [
    "CWE-78",
    "using System.Diagnostics;\nusing System.Net;\nusing Microsoft.AspNetCore.Mvc;\nusing Microsoft.AspNetCore.Mvc.RazorPages;\n\npublic class PingModel : PageModel\n{\n    [BindProperty]\n    public string Host { get; set; } = \"\";\n\n    public string Output { get; private set; } = \"\";\n\n    public void OnPost()\n    {\n        if (!IPAddress.TryParse(Host, out var ip)) return;\n        var psi = new ProcessStartInfo(\"ping\") { RedirectStandardOutput = true };\n        psi.ArgumentList.Add(\"-c\");\n        psi.ArgumentList.Add(\"3\");\n        psi.ArgumentList.Add(ip.ToString());\n        using var p = Process.Start(psi)!;\n        Output = p.StandardOutput.ReadToEnd();\n    }\n}\n"
  ],
  "w3.redirect_host_interp": [
    "CWE-601",
    "using Microsoft.AspNetCore.Mvc;\n\npublic class SsoController : Controller\n{\n    [HttpGet(\"/sso/callback\")]\n    public IActionResult Callback(string tenant, string code)\n    {\n        return Redirect($\"https://login.example.com/{Uri.EscapeDataString(tenant)}/auth/complete?code={Uri.EscapeDataString(code)}\");\n    }\n}\n"
  ],
  "w3.signalr_hub_sql": [
    "CWE-89",
    "using Microsoft.AspNetCore.SignalR;\nusing Dapper;\n\npublic class ChatHub : Hub\n{\n    private readonly IDbConnectionFactory _factory;\n    public ChatHub(IDbConnectionFactory factory) => _factory = factory;\n\n    public async Task JoinRoom(string roomName)\n    {\n        using var db = _factory.Create();\n        var room = await db.QueryFirstOrDefaultAsync<Room>(\"SELECT * FROM Rooms WHERE Name = @roomName\", new { roomName });\n        if (room != null) await Groups.AddToGroupAsync(Context.ConnectionId, room.Id.ToString());\n    }\n}\n"
  ],
  "w3.ssrf_image_proxy": [
    "CWE-918",
    "var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient(\"cdn\", c => c.BaseAddress = new Uri(\"https://cdn.example.com/\"));\nvar app = builder.Build();\n\napp.MapGet(\"/proxy/image\", async (string id, IHttpClientFactory httpClientFactory) =>\n{\n    if (!Guid.TryParse(id, out var imageId)) return Results.BadRequest();\n    var client = httpClientFactory.CreateClient(\"cdn\");\n    var bytes = await client.GetByteArrayAsync($\"images/{imageId}.png\");\n    return Results.File(bytes, \"image/png\");\n});\n\napp.Run();\n"
  ],
  "w3.xss_viewcomponent_htmlstring": [
    "CWE-79",
    "using Microsoft.AspNetCore.Mvc;\n\npublic class SearchSummaryViewComponent : ViewComponent\n{\n    public IViewComponentResult Invoke()\n    {\n        var term = HttpContext.Request.Query[\"term\"].ToString();\n        return View(model: term);\n    }\n}\n"
  ]
};
