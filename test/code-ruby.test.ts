// Ruby in the code-security analyzer: parsing (tree-sitter-ruby), language names and extensions
// (.rb, .rake, .ru), request sources (Rails params / request / cookies, Sinatra params and route
// block parameters, Rack env, ARGV, gets, ENV, Rake task arguments), taint through Ruby syntax
// (interpolation, +, <<, format, %, heredocs, local assignment, block parameters, helper methods and
// their implicit return values), sanitizers (to_i, Integer(), File.basename, ERB::Util.h), every rule
// class with its safe twin, fenced ```ruby / ```rb blocks, the CLI / SARIF output for .rb files,
// repairCode (unsupported), and the probe set written before the rules were run on it.
import { describe, expect, it } from 'vitest';
import { analyzeCode, checkCode, codeHints, extractCodeBlocks, checkCodeBlocks, languageFromPath, normalizeLanguage, loadCodeRules, repairCode, CODE_LANGUAGES } from '../lib/code/index.js';
import { expectCodeCheckFinding } from './helpers.js';

const ids = async (code: string, minConfidence: 'low' | 'medium' = 'medium') => (await checkCode(code, { language: 'ruby', minConfidence })).map((f) => f.ruleId);

/** a Rails controller action around `body` */
const ctrl = (body: string) => `class ItemsController < ApplicationController\n  before_action :authenticate_user!\n\n  def show\n${body}\n  end\nend\n`;

describe('Ruby: language wiring', () => {
  it('ruby is a language: names, aliases and the .rb / .rake / .ru extensions', () => {
    expect(CODE_LANGUAGES).toContain('ruby');
    for (const a of ['ruby', 'rb', 'Ruby', 'RB', 'rake']) expect(normalizeLanguage(a)).toBe('ruby');
    expect(languageFromPath('app/controllers/users_controller.rb')).toBe('ruby');
    expect(languageFromPath('lib/tasks/db.rake')).toBe('ruby');
    expect(languageFromPath('config.ru')).toBe('ruby');
    expect(languageFromPath('Gemfile')).toBeUndefined();
    expect(languageFromPath('app/views/users/show.html.erb')).toBeUndefined();
  });

  it('parses Ruby source (complete, no recovery) and reports fragments as partial', async () => {
    const ok = await analyzeCode('class Greeter\n  def hello(name)\n    "Hello, #{name}"\n  end\nend\n', { language: 'ruby' });
    expect(ok.language).toBe('ruby');
    expect(ok.partial).toBe(false);
    expect(ok.findings).toEqual([]);
    const frag = await analyzeCode('def run\n  system("ls #{params[:dir]}")\n', { language: 'rb' });
    expect(frag.partial).toBe(true);
    expect(frag.findings.map((f) => f.ruleId)).toContain('rb.command-injection');
  });

  it('every Ruby rule names ruby only, with CWE / OWASP / NIST and examples', () => {
    const rb = loadCodeRules().rules.filter((r) => r.id.startsWith('rb.'));
    expect(rb.length).toBeGreaterThanOrEqual(30);
    for (const r of rb) {
      expect(r.languages).toEqual(['ruby']);
      expect(r.file).toBe('ruby.json');
      expect(r.cwe).toMatch(/^CWE-\d+$/);
      expect(r.owasp).toMatch(/^A\d\d:2021-/);
      expect(r.nist).toMatch(/SSDF|SP 800-53/);
      expect(r.examples.vulnerable.length).toBeGreaterThan(0);
      expect(r.examples.safe.length).toBeGreaterThan(0);
    }
  });

  it('repairCode reports Ruby findings as unsupported and leaves the code alone', async () => {
    const code = ctrl('    @users = User.where("name = \'#{params[:name]}\'")');
    const r = await repairCode(code, { language: 'ruby' });
    expect(r.code).toBe(code);
    expect(r.repairs.length).toBeGreaterThan(0);
    for (const x of r.repairs) expect(x.status).toBe('unsupported');
  });
});

describe('Ruby: sources', () => {
  // File.read is a `taint: source` sink: only known input is reported
  const read = (expr: string) => ctrl(`    name = ${expr}\n    render plain: File.read(name)`);
  it('Rails params, request, cookies; Sinatra params; Rack env; ARGV, gets, ENV', async () => {
    for (const src of ['params[:file]', "params['file']", 'params.fetch(:file)', 'params.require(:doc).permit(:file)[:file]', "request.headers['X-File']", 'request.query_string', 'request.body.read', 'cookies[:file]', "env['QUERY_STRING']", "request.env['HTTP_X_FILE']", 'ARGV[0]', 'ARGV.first', 'gets.chomp', '$stdin.gets', "ENV['FILE']"])
      expect(await ids(read(src)), src).toContain('rb.path-traversal');
  });
  it('numbers and constants are not input: to_i, to_f, Integer(), Float(), literals, signed cookies', async () => {
    for (const src of ['params[:id].to_i', 'Integer(params[:n])', 'params[:n].to_f', "'report.txt'", 'cookies.signed[:file]', 'params[:ids].map(&:to_i)'])
      expect(await ids(read(src)), src).not.toContain('rb.path-traversal');
  });
  it('Sinatra route parameters (get "/x/:name" do |name|) and Rake task arguments are input; a CLI script opening its argument is no traversal', async () => {
    expect(await ids("require 'sinatra'\n\nget '/files/:name' do |name|\n  File.read(File.join('files', name))\nend\n")).toContain('rb.path-traversal');
    expect(await ids("task :show, [:file] do |_t, args|\n  system(\"cat #{args[:file]}\")\nend\n")).toContain('rb.command-injection');
    // a command-line script that reads the file its user names is no path traversal
    expect(await ids("input = ARGV.fetch(0)\nputs File.read(input).lines.count\n")).not.toContain('rb.path-traversal');
  });
});

describe('Ruby: taint through Ruby syntax', () => {
  const flagged = async (body: string) => (await ids(ctrl(body))).includes('rb.path-traversal');
  it('interpolation, +, <<, format, %, .to_s / .strip and local assignment carry the value', async () => {
    expect(await flagged('    path = "/srv/#{params[:f]}"\n    File.read(path)')).toBe(true);
    expect(await flagged('    name = params[:f]\n    path = "/srv/" + name\n    File.read(path)')).toBe(true);
    expect(await flagged('    path = +"/srv/"\n    path << params[:f]\n    File.read(path)')).toBe(true);
    expect(await flagged('    path = format("/srv/%s", params[:f])\n    File.read(path)')).toBe(true);
    expect(await flagged('    path = "/srv/%s" % params[:f]\n    File.read(path)')).toBe(true);
    expect(await flagged('    name = params[:f].to_s.strip\n    File.read(name)')).toBe(true);
    expect(await flagged('    path = "/srv/%d" % params[:f]\n    File.read(path)')).toBe(false);
    expect(await flagged('    path = "/srv/#{params[:f].to_i}.txt"\n    File.read(path)')).toBe(false);
    expect(await flagged('    path = "/srv/#{File.basename(params[:f])}"\n    File.read(path)')).toBe(false);
  });
  it('block parameters take the receiver\'s elements; heredocs interpolate', async () => {
    expect(await flagged('    params[:files].each do |f|\n      File.delete(f)\n    end')).toBe(true);
    expect(await ids("def find(db, name)\n  sql = <<~SQL\n    SELECT * FROM users WHERE name = '#{name}'\n  SQL\n  db.execute(sql)\nend\n")).toContain('rb.sql-injection');
  });
  it('helper methods: a parameter that reaches a sink, a method that returns input, one that cleans it', async () => {
    const helper = (inner: string) => `class DocsController < ApplicationController\n  before_action :authenticate_user!\n\n  def show\n    ${inner}\n  end\n\n  private\n\n  def read_doc(name)\n    File.read(File.join('docs', name))\n  end\n\n  def doc_name\n    params[:name]\n  end\n\n  def safe_name(n)\n    File.basename(n)\n  end\nend\n`;
    expect(await ids(helper('read_doc(params[:name])'))).toContain('rb.path-traversal');
    expect(await ids(helper('File.read(doc_name)'))).toContain('rb.path-traversal');
    expect(await ids(helper('File.read(safe_name(params[:name]))'))).not.toContain('rb.path-traversal');
    expect(await ids(helper("read_doc('index.md')"))).not.toContain('rb.path-traversal');
  });
  it('allow-list checks validate: include? in a ternary or a guard clause; a ^...$ regex does not', async () => {
    expect(await ids(ctrl("    sort = %w[name email].include?(params[:sort]) ? params[:sort] : 'name'\n    @users = User.order(sort)"))).not.toContain('rb.sql-injection');
    expect(await ids(ctrl("    sort = params[:sort]\n    return head(:bad_request) unless ALLOWED.include?(sort)\n    @users = User.order(sort)"))).not.toContain('rb.sql-injection');
    expect(await ids(ctrl("    name = params[:name]\n    return head(:bad_request) unless name =~ /\\A\\w+\\z/\n    system(\"finger #{name}\")"))).not.toContain('rb.command-injection');
    expect(await ids(ctrl("    name = params[:name]\n    return head(:bad_request) unless name =~ /^\\w+$/\n    system(\"finger #{name}\")"))).toContain('rb.command-injection');
  });
  it('hash conditions, placeholders and array commands are safe; comments and strings are no sinks', async () => {
    expect(await ids(ctrl('    @u = User.where(name: params[:name])\n    @v = User.where("name = ?", params[:name])\n    @w = User.where("name = :n", n: params[:name])'))).toEqual([]);
    expect(await ids(ctrl('    system("ls", params[:dir])\n    Open3.capture2("grep", params[:q], "log.txt")'))).toEqual([]);
    expect(await ids(ctrl('    # system("ls #{params[:dir]}")\n    msg = "call system(\\"rm -rf\\") later"\n    render plain: msg'))).toEqual([]);
  });
});

describe('Ruby: each class, vulnerable and safe', () => {
  const cases: [string, string, string][] = [
    ['rb.sql-injection', '    @u = User.find_by_sql("SELECT * FROM users WHERE id = #{params[:id]}")', '    @u = User.find_by_sql(["SELECT * FROM users WHERE id = ?", params[:id]])'],
    ['rb.command-injection', '    out = `grep #{params[:q]} /var/log/app.log`\n    render plain: out', '    out, _ = Open3.capture2("grep", params[:q].to_s, "/var/log/app.log")\n    render plain: out'],
    ['rb.code-injection', '    render plain: instance_eval(params[:code]).to_s', '    render plain: params[:code].to_s.length.to_s'],
    ['rb.unsafe-reflection', '    render json: current_user.public_send(params[:attr])', '    render json: current_user.public_send(%w[name email].include?(params[:attr]) ? params[:attr] : "name")'],
    ['rb.path-traversal', '    send_file "/srv/reports/#{params[:name]}"', '    send_file "/srv/reports/#{File.basename(params[:name])}"'],
    ['rb.xss-html-safe', '    @msg = "<b>#{params[:msg]}</b>".html_safe', '    @msg = "<b>#{ERB::Util.h(params[:msg])}</b>".html_safe'],
    ['rb.xss-render', '    render inline: "<p>#{params[:msg]}</p>"', '    render inline: "<p><%= msg %></p>", locals: { msg: params[:msg] }'],
    ['rb.open-redirect', '    redirect_to params[:back]', '    redirect_to url_from(params[:back]) || root_path'],
    ['rb.ssrf', '    render plain: Net::HTTP.get(URI(params[:u]))', '    render plain: Net::HTTP.get(URI("https://api.example.com/v1/#{params[:id].to_i}"))'],
    ['rb.unsafe-deserialization', '    @prefs = YAML.load(cookies[:prefs])', '    @prefs = YAML.safe_load(cookies[:prefs])'],
    ['rb.regex-injection', '    @hits = Item.all.select { |i| i.name =~ /#{params[:q]}/ }', '    @hits = Item.all.select { |i| i.name =~ /#{Regexp.escape(params[:q].to_s)}/ }'],
  ];
  for (const [rule, bad, good] of cases)
    it(rule, async () => {
      expect(await ids(ctrl(bad), 'low')).toContain(rule);
      expect(await ids(ctrl(good), 'low')).not.toContain(rule);
    });
  it('configuration rules: TLS, cookies, CSRF, secrets, crypto, randomness', async () => {
    expect(await ids("http.verify_mode = OpenSSL::SSL::VERIFY_NONE\n")).toContain('rb.tls-verify-disabled');
    expect(await ids("http.verify_mode = OpenSSL::SSL::VERIFY_PEER\n")).toEqual([]);
    expect(await ids("class A < ApplicationController\n  skip_before_action :verify_authenticity_token\nend\n")).toContain('rb.csrf-disabled');
    expect(await ids("class A < ApplicationController\n  skip_before_action :verify_authenticity_token, only: :webhook\nend\n")).toEqual([]);
    expect(await ids("API_KEY = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'\n")).toContain('rb.hardcoded-secret');
    expect(await ids("API_KEY = ENV.fetch('API_KEY')\n")).toEqual([]);
    expect(await ids("c = OpenSSL::Cipher.new('rc4')\n")).toContain('rb.weak-cipher');
    expect(await ids("c = OpenSSL::Cipher.new('aes-256-gcm')\n")).toEqual([]);
    expect(await ids("def api_token\n  Array.new(32) { rand(36).to_s(36) }.join\nend\n")).toContain('rb.insecure-random');
    expect(await ids("def api_token\n  SecureRandom.hex(32)\nend\n")).toEqual([]);
  });
});

describe('Ruby: blocks, hints, CLI and SARIF', () => {
  it('```ruby and ```rb blocks of a reply are analysed', async () => {
    for (const fence of ['ruby', 'rb']) {
      const reply = `Here is the task:\n\n\`\`\`${fence}\nrequire 'open3'\n\nhost = ARGV[0]\nputs \`ping -c 1 #{host}\`\n\`\`\`\n`;
      const blocks = extractCodeBlocks(reply);
      expect(blocks.map((b) => b.language), fence).toEqual(['ruby']);
      const found = await checkCodeBlocks(reply);
      expect(found.map((f) => f.ruleId), fence).toContain('rb.command-injection');
      expect(found.find((f) => f.ruleId === 'rb.command-injection')!.line).toBe(7);
    }
  });

  it('codeHints accepts language ruby', () => {
    expect(() => codeHints('write a Rails controller action that searches users by name', { language: 'rb' })).not.toThrow();
  });

  it('code-check reads .rb files by extension; SARIF validates and names the rule', () => {
    expectCodeCheckFinding('tool.rb', '#!/usr/bin/env ruby\n# frozen_string_literal: true\n\ndir = ARGV[0]\nsystem("tar -czf backup.tgz #{dir}")\n', 'rb.command-injection', 'critical', 5);
  });
});

// ---- probe set (probe first): everyday Ruby written before the analyzer was run on it ----
// First contact (the complete rule file, before any fix): 45/49 vulnerable flagged in their CWE
// class (at minConfidence low), 6/52 safe twins with a finding at the default confidence (7/52
// counting low-confidence audits). After general fixes (input constants, Rake task arguments,
// allow-list checks on params[...], constant Hash lookups, record lookups opaque, File.extname,
// `exists?` in the query, `sh`): 49/49 and 0/52 (the one low-confidence audit left is a real
// missing-authorization note on a safe mass-assignment twin).
const CLASSES: Record<string, number[]> = {
  sqli: [89], cmdi: [78, 77, 88], codei: [94, 95, 470], xss: [79, 80], path: [22, 23, 73], ssrf: [918], xxe: [611, 776], deser: [502],
  hash: [328, 327, 916, 329, 326], random: [330, 338], creds: [798, 259, 321], tls: [295], cookie: [614, 1004], csrf: [352], redirect: [601],
  mass: [915], regex: [625, 20, 185], log: [117], authz: [862],
};
const classOf = (cwe: string) => {
  const n = Number(cwe.replace('CWE-', ''));
  for (const [k, v] of Object.entries(CLASSES)) if (v.includes(n)) return k;
  return `cwe${n}`;
};

describe('Ruby: probe set (vulnerable: flagged in class)', () => {
  for (const [name, [cwe, code]] of Object.entries(PROBES_VULNERABLE))
    it(name, async () => {
      const f = await checkCode(code, { language: 'ruby', minConfidence: 'low' });
      expect(f.map((x) => `${x.ruleId} ${x.cwe}`).join(', ')).toSatisfy(() => f.some((x) => classOf(x.cwe) === classOf(cwe)));
    });
});

describe('Ruby: probe set (safe twins: no finding)', () => {
  for (const [name, [, code]] of Object.entries(PROBES_SAFE))
    it(name, async () => {
      expect((await checkCode(code, { language: 'ruby' })).map((x) => `${x.ruleId}@${x.line}`)).toEqual([]);
    });
});

const PROBES_VULNERABLE: Record<string, [string, string]> = {
  "cmd_backticks": [
    "CWE-78",
    "class ImagesController < ApplicationController\n  def resize\n    path = params[:path]\n    `convert #{path} -resize 200x200 #{path}.thumb.png`\n    head :ok\n  end\nend\n"
  ],
  "cmd_kernel_open": [
    "CWE-78",
    "class ExportsController < ApplicationController\n  def download\n    content = open(params[:filename]).read\n    send_data content, filename: 'export.csv'\n  end\nend\n"
  ],
  "cmd_open3": [
    "CWE-78",
    "require 'open3'\nrequire 'sinatra'\n\npost '/convert' do\n  stdout, stderr, status = Open3.capture3(\"pandoc -f markdown -t html #{params[:file]}\")\n  status.success? ? stdout : halt(500, stderr)\nend\n"
  ],
  "cmd_percent_x": [
    "CWE-78",
    "#!/usr/bin/env ruby\nhost = ARGV.first\nresult = %x(nslookup #{host})\nputs result\n"
  ],
  "cmd_rake_task": [
    "CWE-78",
    "namespace :db do\n  task :dump, [:name] do |_t, args|\n    sh \"pg_dump app_production > backups/#{args[:name]}.sql\"\n    system(\"gzip backups/#{args[:name]}.sql\")\n  end\nend\n"
  ],
  "cmd_system_helper": [
    "CWE-78",
    "class GitService\n  def clone(url, dest)\n    system(\"git clone #{url} #{dest}\")\n  end\nend\n"
  ],
  "code_constantize": [
    "CWE-470",
    "class NotificationsController < ApplicationController\n  def create\n    klass = params[:type].constantize\n    klass.new(user: current_user).deliver\n    head :created\n  end\nend\n"
  ],
  "code_eval": [
    "CWE-94",
    "class CalculatorController < ApplicationController\n  def calculate\n    result = eval(params[:expression])\n    render json: { result: result }\n  end\nend\n"
  ],
  "code_send": [
    "CWE-470",
    "class ReportsController < ApplicationController\n  def generate\n    report = Report.find(params[:id])\n    data = report.send(params[:format_method])\n    render json: data\n  end\nend\n"
  ],
  "cookie_flags": [
    "CWE-1004",
    "class SessionsController < ApplicationController\n  def create\n    user = User.authenticate(params[:email], params[:password])\n    cookies[:session_token] = { value: user.session_token, httponly: false, secure: false }\n    redirect_to dashboard_path\n  end\nend\n"
  ],
  "csrf_skip": [
    "CWE-352",
    "class PaymentsController < ApplicationController\n  skip_before_action :verify_authenticity_token\n\n  def create\n    current_user.payments.create!(amount: params[:amount])\n    redirect_to payments_path\n  end\nend\n"
  ],
  "deser_marshal": [
    "CWE-502",
    "class CartsController < ApplicationController\n  def restore\n    cart = Marshal.load(Base64.decode64(cookies[:cart]))\n    session[:cart_items] = cart.items\n    redirect_to cart_path\n  end\nend\n"
  ],
  "deser_yaml": [
    "CWE-502",
    "class SettingsController < ApplicationController\n  def import\n    settings = YAML.load(params[:settings_file].read)\n    current_user.update!(preferences: settings)\n    redirect_to settings_path\n  end\nend\n"
  ],
  "hardcoded_password": [
    "CWE-798",
    "require 'mysql2'\n\nclient = Mysql2::Client.new(host: 'db.internal', username: 'admin', password: 'Sup3rS3cret!', database: 'shop')\nputs client.query('SELECT COUNT(*) FROM orders').first\n"
  ],
  "hardcoded_secret": [
    "CWE-798",
    "Rails.application.configure do\n  config.secret_key_base = 'a3f9c2e1b7d84f6e9a0c1b2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f'\nend\n"
  ],
  "log_injection": [
    "CWE-117",
    "class LoginsController < ApplicationController\n  def create\n    Rails.logger.info(\"Login attempt for #{params[:username]}\")\n    head :ok\n  end\nend\n"
  ],
  "marshal_file_helper": [
    "CWE-502",
    "require 'sinatra'\n\npost '/session/restore' do\n  state = Marshal.load(request.body.read)\n  session[:state] = state\n  'ok'\nend\n"
  ],
  "mass_assignment": [
    "CWE-915",
    "class UsersController < ApplicationController\n  def update\n    @user = User.find(params[:id])\n    @user.update(params[:user])\n    redirect_to @user\n  end\nend\n"
  ],
  "mass_permit_bang": [
    "CWE-915",
    "class ProfilesController < ApplicationController\n  def create\n    @profile = Profile.new(params.require(:profile).permit!)\n    @profile.save!\n    redirect_to @profile\n  end\nend\n"
  ],
  "path_delete": [
    "CWE-22",
    "class AttachmentsController < ApplicationController\n  def destroy\n    File.delete(\"/var/app/attachments/#{params[:filename]}\")\n    redirect_to attachments_path\n  end\nend\n"
  ],
  "path_file_read_sinatra": [
    "CWE-22",
    "require 'sinatra'\n\nget '/docs/:page' do\n  File.read(File.join('docs', params[:page]))\nend\n"
  ],
  "path_send_file": [
    "CWE-22",
    "class FilesController < ApplicationController\n  def show\n    send_file Rails.root.join('uploads', params[:name])\n  end\nend\n"
  ],
  "path_upload_write": [
    "CWE-22",
    "class UploadsController < ApplicationController\n  def create\n    file = params[:file]\n    File.open(Rails.root.join('public', 'uploads', file.original_filename), 'wb') do |f|\n      f.write(file.read)\n    end\n    head :created\n  end\nend\n"
  ],
  "rand_token": [
    "CWE-338",
    "class PasswordResetsController < ApplicationController\n  def create\n    user = User.find_by!(email: params[:email])\n    token = rand(36**20).to_s(36)\n    user.update!(reset_token: token)\n    UserMailer.reset(user, token).deliver_later\n    head :ok\n  end\nend\n"
  ],
  "redirect_allow_other": [
    "CWE-601",
    "class LinksController < ApplicationController\n  def go\n    redirect_to params[:url], allow_other_host: true\n  end\nend\n"
  ],
  "redirect_param": [
    "CWE-601",
    "class SessionsController < ApplicationController\n  def create\n    user = User.authenticate(params[:email], params[:password])\n    session[:user_id] = user.id\n    redirect_to params[:return_to]\n  end\nend\n"
  ],
  "regex_anchor": [
    "CWE-625",
    "class User < ApplicationRecord\n  validates :username, format: { with: /^[a-z0-9_]+$/ }\nend\n"
  ],
  "render_dynamic": [
    "CWE-22",
    "class PagesController < ApplicationController\n  def show\n    render params[:page]\n  end\nend\n"
  ],
  "sqli_exists_string": [
    "CWE-89",
    "class InvitesController < ApplicationController\n  def check\n    taken = User.exists?(\"email = '#{params[:email]}'\")\n    render json: { taken: taken }\n  end\nend\n"
  ],
  "sqli_find_by_sql_helper": [
    "CWE-89",
    "class Order < ApplicationRecord\n  def self.for_customer(email)\n    find_by_sql(\"SELECT * FROM orders WHERE customer_email = '#{email}' ORDER BY created_at DESC\")\n  end\nend\n"
  ],
  "sqli_order_param": [
    "CWE-89",
    "class UsersController < ApplicationController\n  def index\n    @users = User.order(\"#{params[:sort]} #{params[:direction]}\").page(params[:page])\n  end\nend\n"
  ],
  "sqli_pg_exec": [
    "CWE-89",
    "require 'pg'\n\nclass ProductRepo\n  def initialize(conn)\n    @conn = conn\n  end\n\n  def search(term)\n    @conn.exec(\"SELECT * FROM products WHERE name ILIKE '%#{term}%'\")\n  end\nend\n"
  ],
  "sqli_pluck_interp": [
    "CWE-89",
    "class StatsController < ApplicationController\n  def show\n    field = params[:field]\n    render json: Sale.group(field).pluck(\"#{field}, SUM(amount)\")\n  end\nend\n"
  ],
  "sqli_sequel": [
    "CWE-89",
    "require 'sinatra'\nrequire 'sequel'\n\nDB = Sequel.connect(ENV.fetch('DATABASE_URL'))\n\nget '/books' do\n  books = DB[\"SELECT * FROM books WHERE author = '#{params['author']}'\"].all\n  books.to_json\nend\n"
  ],
  "sqli_sqlite_script": [
    "CWE-89",
    "require 'sqlite3'\n\ndb = SQLite3::Database.new('app.db')\nusername = ARGV[0]\nrows = db.execute(\"SELECT id, email FROM users WHERE username = '\" + username + \"'\")\nrows.each { |r| puts r.join(', ') }\n"
  ],
  "sqli_where_interp": [
    "CWE-89",
    "class ArticlesController < ApplicationController\n  def index\n    @articles = Article.where(\"title LIKE '%#{params[:q]}%'\").limit(20)\n  end\nend\n"
  ],
  "ssrf_httparty": [
    "CWE-918",
    "class WebhooksController < ApplicationController\n  def test\n    response = HTTParty.get(params[:endpoint], timeout: 5)\n    render json: { status: response.code }\n  end\nend\n"
  ],
  "ssrf_net_http": [
    "CWE-918",
    "require 'net/http'\n\nclass PreviewsController < ApplicationController\n  def show\n    uri = URI(params[:url])\n    body = Net::HTTP.get(uri)\n    render plain: body.truncate(500)\n  end\nend\n"
  ],
  "ssrf_open_uri": [
    "CWE-918",
    "require 'open-uri'\n\nclass AvatarsController < ApplicationController\n  def import\n    image = URI.open(params[:avatar_url]).read\n    current_user.avatar.attach(io: StringIO.new(image), filename: 'avatar.png')\n    head :ok\n  end\nend\n"
  ],
  "tls_faraday": [
    "CWE-295",
    "conn = Faraday.new(url: 'https://partner.example.com', ssl: { verify: false }) do |f|\n  f.request :json\n  f.response :json\nend\nputs conn.get('/status').body\n"
  ],
  "tls_verify_none": [
    "CWE-295",
    "require 'net/http'\n\ndef fetch_status(url)\n  uri = URI(url)\n  http = Net::HTTP.new(uri.host, uri.port)\n  http.use_ssl = true\n  http.verify_mode = OpenSSL::SSL::VERIFY_NONE\n  http.get(uri.request_uri).code\nend\n"
  ],
  "weak_cipher_des": [
    "CWE-327",
    "require 'openssl'\n\ndef encrypt(data, key)\n  cipher = OpenSSL::Cipher.new('des-cbc')\n  cipher.encrypt\n  cipher.key = key\n  cipher.update(data) + cipher.final\nend\n"
  ],
  "weak_cipher_ecb": [
    "CWE-327",
    "require 'openssl'\n\nclass TokenBox\n  def seal(plain, key)\n    c = OpenSSL::Cipher.new('aes-128-ecb')\n    c.encrypt\n    c.key = key\n    c.update(plain) + c.final\n  end\nend\n"
  ],
  "weak_hash_password": [
    "CWE-328",
    "require 'digest'\n\nclass User < ApplicationRecord\n  def password=(plain)\n    self.password_digest = Digest::MD5.hexdigest(plain)\n  end\nend\n"
  ],
  "xss_html_safe": [
    "CWE-79",
    "module CommentsHelper\n  def render_comment(comment)\n    \"<div class=\\\"comment\\\">#{comment.body}</div>\".html_safe\n  end\nend\n"
  ],
  "xss_raw_params": [
    "CWE-79",
    "class SearchController < ApplicationController\n  def index\n    render html: \"<h1>Results for #{params[:q]}</h1>\".html_safe\n  end\nend\n"
  ],
  "xss_render_inline": [
    "CWE-79",
    "class GreetingsController < ApplicationController\n  def show\n    render inline: \"<p>Hello #{params[:name]}</p>\"\n  end\nend\n"
  ],
  "xss_sinatra": [
    "CWE-79",
    "require 'sinatra'\n\nget '/hello' do\n  \"<html><body>Hello, #{params[:name]}!</body></html>\"\nend\n"
  ],
  "xxe_nokogiri": [
    "CWE-611",
    "class ImportsController < ApplicationController\n  def create\n    doc = Nokogiri::XML(request.body.read) { |config| config.strict.noent }\n    doc.xpath('//item').each { |n| Item.create!(name: n.text) }\n    head :created\n  end\nend\n"
  ]
};

const PROBES_SAFE: Record<string, [string, string]> = {
  "cmd_backticks": [
    "none",
    "require 'open3'\n\nclass ImagesController < ApplicationController\n  def resize\n    image = Image.find(params[:id])\n    _out, status = Open3.capture2e('convert', image.file_path, '-resize', '200x200', image.thumb_path)\n    head(status.success? ? :ok : :unprocessable_entity)\n  end\nend\n"
  ],
  "cmd_constant": [
    "none",
    "desc 'Precompile assets'\ntask :assets do\n  system('bundle exec rails assets:precompile')\n  output = `git rev-parse --short HEAD`.strip\n  puts \"Built #{output}\"\nend\n"
  ],
  "cmd_kernel_open": [
    "none",
    "class ExportsController < ApplicationController\n  def download\n    export = current_user.exports.find(params[:id])\n    send_data File.read(export.path), filename: 'export.csv'\n  end\nend\n"
  ],
  "cmd_open3": [
    "none",
    "require 'open3'\nrequire 'sinatra'\n\npost '/convert' do\n  stdout, stderr, status = Open3.capture3('pandoc', '-f', 'markdown', '-t', 'html', stdin_data: params[:text].to_s)\n  status.success? ? stdout : halt(500, stderr)\nend\n"
  ],
  "cmd_percent_x": [
    "none",
    "#!/usr/bin/env ruby\nrequire 'resolv'\nhost = ARGV.first\nputs Resolv.getaddresses(host).join(\"\\n\")\n"
  ],
  "cmd_rake_task": [
    "none",
    "namespace :db do\n  task :dump do\n    stamp = Time.now.strftime('%Y%m%d%H%M%S')\n    system('pg_dump', '-f', \"backups/#{stamp}.sql\", 'app_production', exception: true)\n  end\nend\n"
  ],
  "cmd_system_helper": [
    "none",
    "class GitService\n  def clone(url, dest)\n    system('git', 'clone', '--', url, dest, exception: true)\n  end\nend\n"
  ],
  "code_constantize": [
    "none",
    "class NotificationsController < ApplicationController\n  TYPES = { 'email' => EmailNotification, 'sms' => SmsNotification }.freeze\n\n  def create\n    klass = TYPES.fetch(params[:type]) { return head(:bad_request) }\n    klass.new(user: current_user).deliver\n    head :created\n  end\nend\n"
  ],
  "code_eval": [
    "none",
    "class CalculatorController < ApplicationController\n  def calculate\n    a = Float(params[:a])\n    b = Float(params[:b])\n    result = case params[:op]\n             when 'add' then a + b\n             when 'sub' then a - b\n             else return head(:bad_request)\n             end\n    render json: { result: result }\n  end\nend\n"
  ],
  "code_send": [
    "none",
    "class ReportsController < ApplicationController\n  ALLOWED = %w[summary details].freeze\n\n  def generate\n    report = Report.find(params[:id])\n    return head(:bad_request) unless ALLOWED.include?(params[:format_method])\n    render json: report.public_send(params[:format_method])\n  end\nend\n"
  ],
  "cookie_flags": [
    "none",
    "class SessionsController < ApplicationController\n  def create\n    user = User.authenticate(params[:email], params[:password])\n    cookies.encrypted[:session_token] = { value: user.session_token, httponly: true, secure: true, same_site: :lax }\n    redirect_to dashboard_path\n  end\nend\n"
  ],
  "csrf_skip": [
    "none",
    "class PaymentsController < ApplicationController\n  protect_from_forgery with: :exception\n\n  def create\n    current_user.payments.create!(amount: params[:amount])\n    redirect_to payments_path\n  end\nend\n"
  ],
  "deser_marshal": [
    "none",
    "class CartsController < ApplicationController\n  def restore\n    cart = JSON.parse(cookies.signed[:cart] || '{}')\n    session[:cart_items] = cart.fetch('items', [])\n    redirect_to cart_path\n  end\nend\n"
  ],
  "deser_yaml": [
    "none",
    "class SettingsController < ApplicationController\n  def import\n    settings = YAML.safe_load(params[:settings_file].read, permitted_classes: [Symbol])\n    current_user.update!(preferences: settings)\n    redirect_to settings_path\n  end\nend\n"
  ],
  "hardcoded_password": [
    "none",
    "require 'mysql2'\n\nclient = Mysql2::Client.new(host: 'db.internal', username: 'admin', password: ENV.fetch('DB_PASSWORD'), database: 'shop')\nputs client.query('SELECT COUNT(*) FROM orders').first\n"
  ],
  "hardcoded_secret": [
    "none",
    "Rails.application.configure do\n  config.secret_key_base = ENV.fetch('SECRET_KEY_BASE')\nend\n"
  ],
  "log_injection": [
    "none",
    "class LoginsController < ApplicationController\n  def create\n    Rails.logger.info(\"Login attempt for user id #{params[:user_id].to_i}\")\n    head :ok\n  end\nend\n"
  ],
  "marshal_file_helper": [
    "none",
    "require 'sinatra'\nrequire 'json'\n\npost '/session/restore' do\n  state = JSON.parse(request.body.read)\n  session[:state] = state\n  'ok'\nend\n"
  ],
  "mass_assignment": [
    "none",
    "class UsersController < ApplicationController\n  def update\n    @user = User.find(params[:id])\n    @user.update(user_params)\n    redirect_to @user\n  end\n\n  private\n\n  def user_params\n    params.require(:user).permit(:name, :email)\n  end\nend\n"
  ],
  "mass_permit_bang": [
    "none",
    "class ProfilesController < ApplicationController\n  def create\n    @profile = current_user.build_profile(params.require(:profile).permit(:bio, :website))\n    @profile.save!\n    redirect_to @profile\n  end\nend\n"
  ],
  "path_delete": [
    "none",
    "class AttachmentsController < ApplicationController\n  def destroy\n    attachment = current_user.attachments.find(params[:id])\n    attachment.file.purge\n    redirect_to attachments_path\n  end\nend\n"
  ],
  "path_file_read_sinatra": [
    "none",
    "require 'sinatra'\n\nDOCS = File.expand_path('docs', __dir__)\n\nget '/docs/:page' do\n  path = File.expand_path(params[:page], DOCS)\n  halt 404 unless path.start_with?(DOCS + File::SEPARATOR) && File.file?(path)\n  File.read(path)\nend\n"
  ],
  "path_send_file": [
    "none",
    "class FilesController < ApplicationController\n  def show\n    send_file Rails.root.join('uploads', File.basename(params[:name]))\n  end\nend\n"
  ],
  "path_upload_write": [
    "none",
    "class UploadsController < ApplicationController\n  def create\n    file = params[:file]\n    name = \"#{SecureRandom.uuid}#{File.extname(file.original_filename).downcase.gsub(/[^a-z.]/, '')}\"\n    File.open(Rails.root.join('public', 'uploads', name), 'wb') do |f|\n      f.write(file.read)\n    end\n    head :created\n  end\nend\n"
  ],
  "rand_token": [
    "none",
    "class PasswordResetsController < ApplicationController\n  def create\n    user = User.find_by!(email: params[:email])\n    token = SecureRandom.urlsafe_base64(32)\n    user.update!(reset_token: token)\n    UserMailer.reset(user, token).deliver_later\n    head :ok\n  end\nend\n"
  ],
  "redirect_allow_other": [
    "none",
    "class LinksController < ApplicationController\n  def go\n    link = Link.find_by!(slug: params[:slug])\n    redirect_to link.target_url, allow_other_host: true\n  end\nend\n"
  ],
  "redirect_param": [
    "none",
    "class SessionsController < ApplicationController\n  def create\n    user = User.authenticate(params[:email], params[:password])\n    session[:user_id] = user.id\n    redirect_to params[:return_to].presence || root_path, allow_other_host: false\n  end\nend\n"
  ],
  "regex_anchor": [
    "none",
    "class User < ApplicationRecord\n  validates :username, format: { with: /\\A[a-z0-9_]+\\z/ }\nend\n"
  ],
  "render_dynamic": [
    "none",
    "class PagesController < ApplicationController\n  PAGES = %w[about contact terms].freeze\n\n  def show\n    page = PAGES.include?(params[:page]) ? params[:page] : 'about'\n    render page\n  end\nend\n"
  ],
  "script_integer_arg": [
    "none",
    "count = Integer(ARGV[0] || '10')\nsystem(\"seq #{count}\")\n"
  ],
  "sqli_exists_string": [
    "none",
    "class InvitesController < ApplicationController\n  def check\n    taken = User.exists?(email: params[:email])\n    render json: { taken: taken }\n  end\nend\n"
  ],
  "sqli_find_by_sql_helper": [
    "none",
    "class Order < ApplicationRecord\n  def self.for_customer(email)\n    find_by_sql([\"SELECT * FROM orders WHERE customer_email = ? ORDER BY created_at DESC\", email])\n  end\nend\n"
  ],
  "sqli_hash_conditions": [
    "none",
    "class CommentsController < ApplicationController\n  def index\n    @comments = Comment.where(post_id: params[:post_id], status: 'approved').order(created_at: :desc)\n  end\nend\n"
  ],
  "sqli_order_param": [
    "none",
    "class UsersController < ApplicationController\n  SORT_COLUMNS = %w[name email created_at].freeze\n\n  def index\n    column = SORT_COLUMNS.include?(params[:sort]) ? params[:sort] : \"created_at\"\n    direction = params[:direction] == \"asc\" ? :asc : :desc\n    @users = User.order(column => direction).page(params[:page])\n  end\nend\n"
  ],
  "sqli_pg_exec": [
    "none",
    "require 'pg'\n\nclass ProductRepo\n  def initialize(conn)\n    @conn = conn\n  end\n\n  def search(term)\n    @conn.exec_params('SELECT * FROM products WHERE name ILIKE $1', [\"%#{term}%\"])\n  end\nend\n"
  ],
  "sqli_pluck_interp": [
    "none",
    "class StatsController < ApplicationController\n  FIELDS = { \"region\" => :region, \"product\" => :product_id }.freeze\n\n  def show\n    field = FIELDS.fetch(params[:field], :region)\n    render json: Sale.group(field).sum(:amount)\n  end\nend\n"
  ],
  "sqli_sequel": [
    "none",
    "require 'sinatra'\nrequire 'sequel'\n\nDB = Sequel.connect(ENV.fetch('DATABASE_URL'))\n\nget '/books' do\n  books = DB[:books].where(author: params['author']).all\n  books.to_json\nend\n"
  ],
  "sqli_sqlite_script": [
    "none",
    "require 'sqlite3'\n\ndb = SQLite3::Database.new('app.db')\nusername = ARGV[0]\nrows = db.execute('SELECT id, email FROM users WHERE username = ?', [username])\nrows.each { |r| puts r.join(', ') }\n"
  ],
  "sqli_where_interp": [
    "none",
    "class ArticlesController < ApplicationController\n  def index\n    @articles = Article.where(\"title LIKE ?\", \"%#{Article.sanitize_sql_like(params[:q].to_s)}%\").limit(20)\n  end\nend\n"
  ],
  "ssrf_httparty": [
    "none",
    "class WebhooksController < ApplicationController\n  def test\n    response = HTTParty.get(\"https://hooks.example.com/ping\", query: { id: params[:id] }, timeout: 5)\n    render json: { status: response.code }\n  end\nend\n"
  ],
  "ssrf_net_http": [
    "none",
    "require 'net/http'\n\nclass PreviewsController < ApplicationController\n  def show\n    uri = URI(\"https://api.example.com/previews/#{params[:id].to_i}\")\n    body = Net::HTTP.get(uri)\n    render plain: body.truncate(500)\n  end\nend\n"
  ],
  "ssrf_open_uri": [
    "none",
    "class AvatarsController < ApplicationController\n  def import\n    current_user.avatar.attach(params.require(:avatar))\n    head :ok\n  end\nend\n"
  ],
  "tls_faraday": [
    "none",
    "conn = Faraday.new(url: 'https://partner.example.com', ssl: { ca_file: '/etc/ssl/certs/partner.pem' }) do |f|\n  f.request :json\n  f.response :json\nend\nputs conn.get('/status').body\n"
  ],
  "tls_verify_none": [
    "none",
    "require 'net/http'\n\ndef fetch_status(url)\n  uri = URI(url)\n  http = Net::HTTP.new(uri.host, uri.port)\n  http.use_ssl = true\n  http.verify_mode = OpenSSL::SSL::VERIFY_PEER\n  http.get(uri.request_uri).code\nend\n"
  ],
  "weak_cipher_des": [
    "none",
    "require 'openssl'\n\ndef encrypt(data, key)\n  cipher = OpenSSL::Cipher.new('aes-256-gcm')\n  cipher.encrypt\n  cipher.key = key\n  iv = cipher.random_iv\n  encrypted = cipher.update(data) + cipher.final\n  [iv, cipher.auth_tag, encrypted]\nend\n"
  ],
  "weak_cipher_ecb": [
    "none",
    "class TokenBox\n  def seal(plain, key)\n    ActiveSupport::MessageEncryptor.new(key).encrypt_and_sign(plain)\n  end\nend\n"
  ],
  "weak_hash_password": [
    "none",
    "class User < ApplicationRecord\n  has_secure_password\nend\n"
  ],
  "xss_html_safe": [
    "none",
    "module CommentsHelper\n  def render_comment(comment)\n    content_tag(:div, comment.body, class: 'comment')\n  end\nend\n"
  ],
  "xss_raw_params": [
    "none",
    "class SearchController < ApplicationController\n  def index\n    render html: \"<h1>Results for #{ERB::Util.html_escape(params[:q])}</h1>\".html_safe\n  end\nend\n"
  ],
  "xss_render_inline": [
    "none",
    "class GreetingsController < ApplicationController\n  def show\n    render inline: \"<p>Hello <%= name %></p>\", locals: { name: params[:name] }\n  end\nend\n"
  ],
  "xss_sinatra": [
    "none",
    "require 'sinatra'\nrequire 'erb'\n\nget '/hello' do\n  \"<html><body>Hello, #{ERB::Util.h(params[:name])}!</body></html>\"\nend\n"
  ],
  "xxe_nokogiri": [
    "none",
    "class ImportsController < ApplicationController\n  def create\n    doc = Nokogiri::XML(request.body.read) { |config| config.strict.nonet }\n    doc.xpath('//item').each { |n| Item.create!(name: n.text) }\n    head :created\n  end\nend\n"
  ]
};
