// Probe set of round 14 (JavaScript/TypeScript, Go): library functions written the way a coding
// assistant answers "implement this function" from a docstring or a signature — the inputs are the
// function's parameters, documented as coming from a user, client or customer, and the dangerous value
// is often returned (an HTML string, a URL to fetch, a header map, a hash to store) rather than passed
// to a sink. One class at a time: weak password hashing / fingerprints / ciphers, SSRF, XSS, log
// injection, header injection, ReDoS and allocation sizes, incomplete validation, path traversal.
// Four waves, each written and saved before the analyzer was run on it (see code-rules/README.md,
// "Round 14 (JavaScript/TypeScript and Go)"). Each vulnerable probe must be reported in its CWE class;
// each safe twin (the usual fix) must have no finding at default confidence.
// Go probes of a regular expression compiled from input are labelled CWE-400, not CWE-1333: Go's RE2
// engine matches in linear time (no catastrophic backtracking), the cost is compile time and memory.
import { describeProbes, type Probe } from './code-probes.js';

const PROBES: Probe[] = [
 {
  "name": "js_pw_sha256",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 916,
  "code": "const crypto = require('crypto');\n\n/**\n * Hash a user's password before it is stored in the users table.\n * @param {string} password the plain-text password the user chose\n * @returns {string} the hash to store\n */\nfunction hashPassword(password) {\n  return crypto.createHash('sha256').update(password).digest('hex');\n}\n\nfunction verifyPassword(password, stored) {\n  return hashPassword(password) === stored;\n}\n\nmodule.exports = { hashPassword, verifyPassword };\n",
  "wave": 1
 },
 {
  "name": "js_pw_sha256",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 916,
  "code": "const crypto = require('crypto');\n\n/**\n * Hash a user's password before it is stored in the users table.\n * @param {string} password the plain-text password the user chose\n * @returns {string} salt and scrypt hash to store\n */\nfunction hashPassword(password) {\n  const salt = crypto.randomBytes(16);\n  const key = crypto.scryptSync(password, salt, 64, { N: 16384, r: 8, p: 1 });\n  return salt.toString('hex') + ':' + key.toString('hex');\n}\n\nfunction verifyPassword(password, stored) {\n  const [saltHex, keyHex] = stored.split(':');\n  const key = crypto.scryptSync(password, Buffer.from(saltHex, 'hex'), 64, { N: 16384, r: 8, p: 1 });\n  return crypto.timingSafeEqual(key, Buffer.from(keyHex, 'hex'));\n}\n\nmodule.exports = { hashPassword, verifyPassword };\n",
  "wave": 1
 },
 {
  "name": "js_pw_cryptojs_md5",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 916,
  "code": "import CryptoJS from 'crypto-js';\n\nconst SALT = 'k4la-static-salt';\n\n// Create a new account record; the password hash is what we persist.\nexport function createUser(username: string, password: string) {\n  const passwordHash = CryptoJS.MD5(SALT + password).toString();\n  return {\n    username,\n    passwordHash,\n    createdAt: new Date().toISOString(),\n  };\n}\n",
  "wave": 1
 },
 {
  "name": "js_pw_cryptojs_md5",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 916,
  "code": "import bcrypt from 'bcryptjs';\n\n// Create a new account record; the password hash is what we persist.\nexport async function createUser(username: string, password: string) {\n  const passwordHash = await bcrypt.hash(password, 12);\n  return {\n    username,\n    passwordHash,\n    createdAt: new Date().toISOString(),\n  };\n}\n",
  "wave": 1
 },
 {
  "name": "js_pw_pbkdf2_low",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 916,
  "code": "const crypto = require('crypto');\n\n/** Derive the stored password hash for a user. */\nfunction derivePasswordHash(password, salt) {\n  const iterations = 1000;\n  const hash = crypto.pbkdf2Sync(password, salt, iterations, 32, 'sha256');\n  return hash.toString('base64');\n}\n\nfunction newCredential(password) {\n  const salt = crypto.randomBytes(16).toString('hex');\n  return { salt, hash: derivePasswordHash(password, salt) };\n}\n\nmodule.exports = { newCredential, derivePasswordHash };\n",
  "wave": 1
 },
 {
  "name": "js_pw_pbkdf2_low",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 916,
  "code": "const crypto = require('crypto');\n\n/** Derive the stored password hash for a user. */\nfunction derivePasswordHash(password, salt) {\n  const iterations = 600000;\n  const hash = crypto.pbkdf2Sync(password, salt, iterations, 32, 'sha256');\n  return hash.toString('base64');\n}\n\nfunction newCredential(password) {\n  const salt = crypto.randomBytes(16).toString('hex');\n  return { salt, hash: derivePasswordHash(password, salt) };\n}\n\nmodule.exports = { newCredential, derivePasswordHash };\n",
  "wave": 1
 },
 {
  "name": "js_cert_fingerprint_sha1",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 328,
  "code": "const crypto = require('crypto');\n\n/**\n * Compute the fingerprint of a client certificate (DER bytes) that we pin\n * in the allowlist of trusted devices.\n */\nfunction certificateFingerprint(derBytes) {\n  const digest = crypto.createHash('sha1').update(derBytes).digest('hex');\n  return digest.match(/.{2}/g).join(':').toUpperCase();\n}\n\nfunction isPinned(derBytes, pinned) {\n  return pinned.includes(certificateFingerprint(derBytes));\n}\n\nmodule.exports = { certificateFingerprint, isPinned };\n",
  "wave": 1
 },
 {
  "name": "js_cert_fingerprint_sha1",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 328,
  "code": "const crypto = require('crypto');\n\n/**\n * Compute the fingerprint of a client certificate (DER bytes) that we pin\n * in the allowlist of trusted devices.\n */\nfunction certificateFingerprint(derBytes) {\n  const digest = crypto.createHash('sha256').update(derBytes).digest('hex');\n  return digest.match(/.{2}/g).join(':').toUpperCase();\n}\n\nfunction isPinned(derBytes, pinned) {\n  return pinned.includes(certificateFingerprint(derBytes));\n}\n\nmodule.exports = { certificateFingerprint, isPinned };\n",
  "wave": 1
 },
 {
  "name": "js_encrypt_3des",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 327,
  "code": "const crypto = require('crypto');\n\n/**\n * Encrypt a note before writing it to the database.\n * @param {string} plaintext the note text\n * @param {Buffer} key 24-byte key from the KMS\n */\nfunction encryptNote(plaintext, key) {\n  const iv = crypto.randomBytes(8);\n  const cipher = crypto.createCipheriv('des-ede3-cbc', key, iv);\n  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);\n  return Buffer.concat([iv, body]).toString('base64');\n}\n\nmodule.exports = { encryptNote };\n",
  "wave": 1
 },
 {
  "name": "js_encrypt_3des",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 327,
  "code": "const crypto = require('crypto');\n\n/**\n * Encrypt a note before writing it to the database.\n * @param {string} plaintext the note text\n * @param {Buffer} key 32-byte key from the KMS\n */\nfunction encryptNote(plaintext, key) {\n  const iv = crypto.randomBytes(12);\n  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);\n  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);\n  const tag = cipher.getAuthTag();\n  return Buffer.concat([iv, tag, body]).toString('base64');\n}\n\nmodule.exports = { encryptNote };\n",
  "wave": 1
 },
 {
  "name": "js_forge_sha1_password",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 916,
  "code": "const forge = require('node-forge');\n\n/**\n * Returns the value we store in the `password_digest` column for a user.\n */\nfunction passwordDigest(user, password) {\n  const md = forge.md.sha1.create();\n  md.update(user.id + ':' + password);\n  return md.digest().toHex();\n}\n\nmodule.exports = { passwordDigest };\n",
  "wave": 1
 },
 {
  "name": "js_forge_sha1_password",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 916,
  "code": "const argon2 = require('argon2');\n\n/**\n * Returns the value we store in the `password_digest` column for a user.\n */\nasync function passwordDigest(user, password) {\n  return argon2.hash(password, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2 });\n}\n\nmodule.exports = { passwordDigest };\n",
  "wave": 1
 },
 {
  "name": "js_ssrf_subdomain",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 918,
  "code": "/**\n * Fetch the public profile JSON of a tenant. Each tenant has its own\n * subdomain; `tenant` is the name the user typed in the sign-in form.\n */\nasync function fetchTenantProfile(tenant) {\n  const url = `https://${tenant}.tenants.example.com/api/profile`;\n  const res = await fetch(url);\n  if (!res.ok) throw new Error(`profile request failed: ${res.status}`);\n  return res.json();\n}\n\nmodule.exports = { fetchTenantProfile };\n",
  "wave": 1
 },
 {
  "name": "js_ssrf_subdomain",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 918,
  "code": "/**\n * Fetch the public profile JSON of a tenant. Each tenant has its own\n * subdomain; `tenant` is the name the user typed in the sign-in form.\n */\nasync function fetchTenantProfile(tenant) {\n  if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(tenant)) {\n    throw new Error('invalid tenant name');\n  }\n  const url = `https://${tenant}.tenants.example.com/api/profile`;\n  const res = await fetch(url);\n  if (!res.ok) throw new Error(`profile request failed: ${res.status}`);\n  return res.json();\n}\n\nmodule.exports = { fetchTenantProfile };\n",
  "wave": 1
 },
 {
  "name": "js_ssrf_axios_userid",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 918,
  "code": "const axios = require('axios');\n\nconst API_BASE = 'https://internal-api.example.com';\n\n// Look up a user in the account service. userId comes from the client.\nasync function getUserInfo(userId) {\n  const response = await axios.get(API_BASE + '/users/' + userId, { timeout: 5000 });\n  return response.data;\n}\n\nmodule.exports = { getUserInfo };\n",
  "wave": 1
 },
 {
  "name": "js_ssrf_axios_userid",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 918,
  "code": "const axios = require('axios');\n\nconst API_BASE = 'https://internal-api.example.com';\n\n// Look up a user in the account service. userId comes from the client.\nasync function getUserInfo(userId) {\n  if (!/^[0-9]{1,12}$/.test(userId)) {\n    throw new Error('invalid user id');\n  }\n  const response = await axios.get(API_BASE + '/users/' + userId, { timeout: 5000 });\n  return response.data;\n}\n\nmodule.exports = { getUserInfo };\n",
  "wave": 1
 },
 {
  "name": "js_ssrf_got_webhook",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 918,
  "code": "import got from 'got';\n\n/**\n * Deliver an event to the webhook URL a customer registered in settings.\n */\nexport async function deliverWebhook(webhookUrl: string, event: object): Promise<number> {\n  const res = await got.post(webhookUrl, {\n    json: event,\n    timeout: { request: 10000 },\n    throwHttpErrors: false,\n  });\n  return res.statusCode;\n}\n",
  "wave": 1
 },
 {
  "name": "js_ssrf_got_webhook",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 918,
  "code": "import got from 'got';\n\nconst ALLOWED_HOSTS = new Set(['hooks.slack.com', 'hooks.example.com']);\n\n/**\n * Deliver an event to the webhook URL a customer registered in settings.\n */\nexport async function deliverWebhook(webhookUrl: string, event: object): Promise<number> {\n  const parsed = new URL(webhookUrl);\n  if (parsed.protocol !== 'https:' || !ALLOWED_HOSTS.has(parsed.hostname)) {\n    throw new Error('webhook host not allowed');\n  }\n  const res = await got.post(parsed.toString(), {\n    json: event,\n    timeout: { request: 10000 },\n    throwHttpErrors: false,\n  });\n  return res.statusCode;\n}\n",
  "wave": 1
 },
 {
  "name": "js_ssrf_http_get_host",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 918,
  "code": "const http = require('http');\n\n/**\n * Check whether a service the operator named in the dashboard is up.\n * Resolves with the HTTP status of GET /health.\n */\nfunction checkServiceHealth(serviceHost) {\n  return new Promise((resolve, reject) => {\n    http.get(`http://${serviceHost}:8080/health`, (res) => {\n      res.resume();\n      resolve(res.statusCode);\n    }).on('error', reject);\n  });\n}\n\nmodule.exports = { checkServiceHealth };\n",
  "wave": 1
 },
 {
  "name": "js_ssrf_http_get_host",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 918,
  "code": "const http = require('http');\n\nconst SERVICES = {\n  billing: 'billing.svc.local',\n  search: 'search.svc.local',\n  mail: 'mail.svc.local',\n};\n\n/**\n * Check whether a service the operator named in the dashboard is up.\n * Resolves with the HTTP status of GET /health.\n */\nfunction checkServiceHealth(serviceName) {\n  const host = SERVICES[serviceName];\n  if (!Object.prototype.hasOwnProperty.call(SERVICES, serviceName)) {\n    return Promise.reject(new Error('unknown service'));\n  }\n  return new Promise((resolve, reject) => {\n    http.get(`http://${host}:8080/health`, (res) => {\n      res.resume();\n      resolve(res.statusCode);\n    }).on('error', reject);\n  });\n}\n\nmodule.exports = { checkServiceHealth };\n",
  "wave": 1
 },
 {
  "name": "js_ssrf_return_url",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 918,
  "code": "/**\n * Build the URL the thumbnail worker will download. `domain` and `imagePath`\n * come from the link preview request the user submitted.\n * @returns {string} the URL to fetch\n */\nfunction buildThumbnailSourceUrl(domain, imagePath) {\n  const cleanPath = imagePath.startsWith('/') ? imagePath.slice(1) : imagePath;\n  return `https://${domain}/${cleanPath}`;\n}\n\nmodule.exports = { buildThumbnailSourceUrl };\n",
  "wave": 1
 },
 {
  "name": "js_ssrf_return_url",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 918,
  "code": "const ALLOWED_DOMAINS = ['images.example.com', 'cdn.example.com'];\n\n/**\n * Build the URL the thumbnail worker will download. `domain` and `imagePath`\n * come from the link preview request the user submitted.\n * @returns {string} the URL to fetch\n */\nfunction buildThumbnailSourceUrl(domain, imagePath) {\n  if (!ALLOWED_DOMAINS.includes(domain)) {\n    throw new Error('domain not allowed');\n  }\n  const cleanPath = imagePath.startsWith('/') ? imagePath.slice(1) : imagePath;\n  return `https://${domain}/${encodeURI(cleanPath)}`;\n}\n\nmodule.exports = { buildThumbnailSourceUrl };\n",
  "wave": 1
 },
 {
  "name": "js_xss_welcome",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "code": "/**\n * Return the HTML snippet greeting the user on the dashboard.\n * @param {string} username the display name the user entered at sign-up\n */\nfunction renderWelcome(username) {\n  return `<div class=\"welcome\"><h1>Welcome back, ${username}!</h1></div>`;\n}\n\nmodule.exports = { renderWelcome };\n",
  "wave": 1
 },
 {
  "name": "js_xss_welcome",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 79,
  "code": "const escapeHtml = require('escape-html');\n\n/**\n * Return the HTML snippet greeting the user on the dashboard.\n * @param {string} username the display name the user entered at sign-up\n */\nfunction renderWelcome(username) {\n  return `<div class=\"welcome\"><h1>Welcome back, ${escapeHtml(username)}!</h1></div>`;\n}\n\nmodule.exports = { renderWelcome };\n",
  "wave": 1
 },
 {
  "name": "js_xss_profile_card",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 79,
  "code": "interface Profile {\n  displayName: string;\n  bio: string;\n  website: string;\n}\n\n// Builds the profile card shown on the public user page.\nexport function profileCardHtml(profile: Profile): string {\n  let html = '<section class=\"card\">';\n  html += '<h2>' + profile.displayName + '</h2>';\n  html += '<p class=\"bio\">' + profile.bio + '</p>';\n  html += '<a href=\"' + profile.website + '\">website</a>';\n  html += '</section>';\n  return html;\n}\n",
  "wave": 1
 },
 {
  "name": "js_xss_profile_card",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 79,
  "code": "import he from 'he';\n\ninterface Profile {\n  displayName: string;\n  bio: string;\n  website: string;\n}\n\n// Builds the profile card shown on the public user page.\nexport function profileCardHtml(profile: Profile): string {\n  const site = /^https?:\\/\\//.test(profile.website) ? profile.website : '#';\n  let html = '<section class=\"card\">';\n  html += '<h2>' + he.encode(profile.displayName) + '</h2>';\n  html += '<p class=\"bio\">' + he.encode(profile.bio) + '</p>';\n  html += '<a href=\"' + he.encode(site) + '\">website</a>';\n  html += '</section>';\n  return html;\n}\n",
  "wave": 1
 },
 {
  "name": "js_xss_comment_list",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 79,
  "code": "/**\n * Render the comments of a post as an HTML list.\n * @param {{author: string, text: string}[]} comments user comments\n */\nfunction renderComments(comments) {\n  const items = comments.map((c) => `<li><b>${c.author}</b>: ${c.text}</li>`);\n  return `<ul class=\"comments\">${items.join('')}</ul>`;\n}\n\nmodule.exports = { renderComments };\n",
  "wave": 1
 },
 {
  "name": "js_xss_comment_list",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 79,
  "code": "const _ = require('lodash');\n\n/**\n * Render the comments of a post as an HTML list.\n * @param {{author: string, text: string}[]} comments user comments\n */\nfunction renderComments(comments) {\n  const items = comments.map((c) => `<li><b>${_.escape(c.author)}</b>: ${_.escape(c.text)}</li>`);\n  return `<ul class=\"comments\">${items.join('')}</ul>`;\n}\n\nmodule.exports = { renderComments };\n",
  "wave": 1
 },
 {
  "name": "js_xss_error_page",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "code": "/**\n * Send a small HTML error page. `detail` describes what the user asked\n * for (for example the missing page name).\n */\nfunction sendErrorPage(res, status, detail) {\n  res.statusCode = status;\n  res.setHeader('Content-Type', 'text/html; charset=utf-8');\n  res.end('<html><body><h1>Error ' + status + '</h1><p>Not found: ' + detail + '</p></body></html>');\n}\n\nmodule.exports = { sendErrorPage };\n",
  "wave": 1
 },
 {
  "name": "js_xss_error_page",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 79,
  "code": "function escapeHtml(s) {\n  return String(s)\n    .replace(/&/g, '&amp;')\n    .replace(/</g, '&lt;')\n    .replace(/>/g, '&gt;')\n    .replace(/\"/g, '&quot;')\n    .replace(/'/g, '&#39;');\n}\n\n/**\n * Send a small HTML error page. `detail` describes what the user asked\n * for (for example the missing page name).\n */\nfunction sendErrorPage(res, status, detail) {\n  res.statusCode = status;\n  res.setHeader('Content-Type', 'text/html; charset=utf-8');\n  res.end('<html><body><h1>Error ' + status + '</h1><p>Not found: ' + escapeHtml(detail) + '</p></body></html>');\n}\n\nmodule.exports = { sendErrorPage };\n",
  "wave": 1
 },
 {
  "name": "js_xss_email_body",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "code": "const nodemailer = require('nodemailer');\n\nconst transport = nodemailer.createTransport({ sendmail: true });\n\n// Email the invitation; inviterName and note are typed by the inviting user.\nasync function sendInvite(to, inviterName, note) {\n  const html = `<p>${inviterName} invited you to join the workspace.</p>\n<blockquote>${note}</blockquote>\n<p><a href=\"https://app.example.com/join\">Accept the invitation</a></p>`;\n  await transport.sendMail({ from: 'noreply@example.com', to, subject: 'Invitation', html });\n}\n\nmodule.exports = { sendInvite };\n",
  "wave": 1
 },
 {
  "name": "js_xss_email_body",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 79,
  "code": "const nodemailer = require('nodemailer');\nconst escapeHtml = require('escape-html');\n\nconst transport = nodemailer.createTransport({ sendmail: true });\n\n// Email the invitation; inviterName and note are typed by the inviting user.\nasync function sendInvite(to, inviterName, note) {\n  const html = `<p>${escapeHtml(inviterName)} invited you to join the workspace.</p>\n<blockquote>${escapeHtml(note)}</blockquote>\n<p><a href=\"https://app.example.com/join\">Accept the invitation</a></p>`;\n  await transport.sendMail({ from: 'noreply@example.com', to, subject: 'Invitation', html });\n}\n\nmodule.exports = { sendInvite };\n",
  "wave": 1
 },
 {
  "name": "js_log_console_login",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 117,
  "code": "/**\n * Record a failed login attempt. `username` is what the client submitted.\n */\nfunction logFailedLogin(username, ip) {\n  console.warn(`Failed login for user ${username} from ${ip}`);\n}\n\nmodule.exports = { logFailedLogin };\n",
  "wave": 1
 },
 {
  "name": "js_log_console_login",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 117,
  "code": "/**\n * Record a failed login attempt. `username` is what the client submitted.\n */\nfunction logFailedLogin(username, ip) {\n  const safeUser = String(username).replace(/[\\r\\n]+/g, ' ');\n  const safeIp = String(ip).replace(/[\\r\\n]+/g, ' ');\n  console.warn(`Failed login for user ${safeUser} from ${safeIp}`);\n}\n\nmodule.exports = { logFailedLogin };\n",
  "wave": 1
 },
 {
  "name": "js_log_winston_search",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 117,
  "code": "const winston = require('winston');\n\nconst logger = winston.createLogger({\n  level: 'info',\n  format: winston.format.simple(),\n  transports: [new winston.transports.File({ filename: 'search.log' })],\n});\n\n// Log what a user searched for, for the analytics team.\nfunction recordSearch(userQuery) {\n  logger.info('search query: ' + userQuery);\n}\n\nmodule.exports = { recordSearch };\n",
  "wave": 1
 },
 {
  "name": "js_log_winston_search",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 117,
  "code": "const winston = require('winston');\n\nconst logger = winston.createLogger({\n  level: 'info',\n  format: winston.format.simple(),\n  transports: [new winston.transports.File({ filename: 'search.log' })],\n});\n\n// Log what a user searched for, for the analytics team.\nfunction recordSearch(userQuery) {\n  logger.info('search query: ' + JSON.stringify(userQuery));\n}\n\nmodule.exports = { recordSearch };\n",
  "wave": 1
 },
 {
  "name": "js_log_pino_logout",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 117,
  "code": "import pino from 'pino';\n\nconst log = pino();\n\n/** Called when a user signs out; `userName` comes from the session form. */\nexport function onLogout(userName: string): void {\n  log.info(`user ${userName} signed out`);\n}\n",
  "wave": 1
 },
 {
  "name": "js_log_pino_logout",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 117,
  "code": "import pino from 'pino';\n\nconst log = pino();\n\n/** Called when a user signs out; `userName` comes from the session form. */\nexport function onLogout(userName: string): void {\n  log.info({ user: userName }, 'user signed out');\n}\n",
  "wave": 1
 },
 {
  "name": "js_log_bunyan_reset",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 117,
  "code": "const bunyan = require('bunyan');\n\nconst log = bunyan.createLogger({ name: 'accounts' });\n\n/**\n * Log a password reset request. `email` is the address typed in the form.\n */\nfunction logResetRequest(email) {\n  log.info('password reset requested for ' + email);\n}\n\nmodule.exports = { logResetRequest };\n",
  "wave": 1
 },
 {
  "name": "js_log_bunyan_reset",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 117,
  "code": "const bunyan = require('bunyan');\n\nconst log = bunyan.createLogger({ name: 'accounts' });\n\n/**\n * Log a password reset request. `email` is the address typed in the form.\n */\nfunction logResetRequest(email) {\n  const clean = email.replace(/[\\r\\n]/g, '');\n  log.info('password reset requested for ' + clean);\n}\n\nmodule.exports = { logResetRequest };\n",
  "wave": 1
 },
 {
  "name": "js_hdr_content_disposition",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 113,
  "code": "/**\n * Prepare the response for a file download. `fileName` is the name the\n * uploader gave the file.\n */\nfunction setDownloadHeaders(res, fileName, size) {\n  res.setHeader('Content-Type', 'application/octet-stream');\n  res.setHeader('Content-Length', size);\n  res.setHeader('Content-Disposition', `attachment; filename=\"${fileName}\"`);\n}\n\nmodule.exports = { setDownloadHeaders };\n",
  "wave": 1
 },
 {
  "name": "js_hdr_content_disposition",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 113,
  "code": "/**\n * Prepare the response for a file download. `fileName` is the name the\n * uploader gave the file.\n */\nfunction setDownloadHeaders(res, fileName, size) {\n  if (/[\\r\\n\"]/.test(fileName)) {\n    throw new Error('invalid file name');\n  }\n  res.setHeader('Content-Type', 'application/octet-stream');\n  res.setHeader('Content-Length', size);\n  res.setHeader('Content-Disposition', `attachment; filename=\"${fileName}\"`);\n}\n\nmodule.exports = { setDownloadHeaders };\n",
  "wave": 1
 },
 {
  "name": "js_hdr_headers_object",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 113,
  "code": "/**\n * Build the response headers for the API gateway. `clientLocale` is the\n * locale the client sent in its preferences.\n * @returns {Record<string, string>} headers to send with the response\n */\nfunction buildResponseHeaders(clientLocale, requestId) {\n  const headers = {\n    'Content-Type': 'application/json',\n    'Cache-Control': 'no-store',\n  };\n  headers['Content-Language'] = clientLocale;\n  headers['X-Request-Id'] = requestId;\n  return headers;\n}\n\nmodule.exports = { buildResponseHeaders };\n",
  "wave": 1
 },
 {
  "name": "js_hdr_headers_object",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 113,
  "code": "function headerValue(v) {\n  const s = String(v);\n  if (/[\\r\\n]/.test(s)) throw new Error('header value contains a line break');\n  return s;\n}\n\n/**\n * Build the response headers for the API gateway. `clientLocale` is the\n * locale the client sent in its preferences.\n * @returns {Record<string, string>} headers to send with the response\n */\nfunction buildResponseHeaders(clientLocale, requestId) {\n  const headers = {\n    'Content-Type': 'application/json',\n    'Cache-Control': 'no-store',\n  };\n  headers['Content-Language'] = headerValue(clientLocale);\n  headers['X-Request-Id'] = headerValue(requestId);\n  return headers;\n}\n\nmodule.exports = { buildResponseHeaders };\n",
  "wave": 1
 },
 {
  "name": "js_hdr_writehead",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 113,
  "code": "const http = require('http');\n\n/**\n * Reply to a ping with the correlation id the caller supplied, so it can be\n * traced through the proxies.\n */\nfunction replyWithTrace(res, traceId) {\n  res.writeHead(200, { 'Content-Type': 'text/plain', 'X-Trace-Id': traceId });\n  res.end('pong');\n}\n\nhttp.createServer((req, res) => {\n  const u = new URL(req.url, 'http://localhost');\n  replyWithTrace(res, u.searchParams.get('trace') || 'none');\n}).listen(8080);\n",
  "wave": 1
 },
 {
  "name": "js_hdr_writehead",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 113,
  "code": "const http = require('http');\n\n/**\n * Reply to a ping with the correlation id the caller supplied, so it can be\n * traced through the proxies.\n */\nfunction replyWithTrace(res, traceId) {\n  const id = /^[A-Za-z0-9-]{1,64}$/.test(traceId) ? traceId : 'invalid';\n  res.writeHead(200, { 'Content-Type': 'text/plain', 'X-Trace-Id': id });\n  res.end('pong');\n}\n\nhttp.createServer((req, res) => {\n  const u = new URL(req.url, 'http://localhost');\n  replyWithTrace(res, u.searchParams.get('trace') || 'none');\n}).listen(8080);\n",
  "wave": 1
 },
 {
  "name": "js_hdr_set_cookie",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 113,
  "code": "/**\n * Remember the theme the user picked in the settings page.\n */\nfunction setThemeCookie(res, theme) {\n  res.setHeader('Set-Cookie', 'theme=' + theme + '; Path=/; Max-Age=31536000; SameSite=Lax; Secure');\n}\n\nmodule.exports = { setThemeCookie };\n",
  "wave": 1
 },
 {
  "name": "js_hdr_set_cookie",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 113,
  "code": "const THEMES = new Set(['light', 'dark', 'high-contrast']);\n\n/**\n * Remember the theme the user picked in the settings page.\n */\nfunction setThemeCookie(res, theme) {\n  const value = THEMES.has(theme) ? theme : 'light';\n  res.setHeader('Set-Cookie', 'theme=' + value + '; Path=/; Max-Age=31536000; SameSite=Lax; Secure');\n}\n\nmodule.exports = { setThemeCookie };\n",
  "wave": 1
 },
 {
  "name": "js_redos_search_lines",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 1333,
  "code": "/**\n * Return the lines of `text` that match the pattern the user typed in the\n * search box of the log viewer.\n */\nfunction grepLines(text, userPattern) {\n  const re = new RegExp(userPattern);\n  return text.split('\\n').filter((line) => re.test(line));\n}\n\nmodule.exports = { grepLines };\n",
  "wave": 1
 },
 {
  "name": "js_redos_search_lines",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 1333,
  "code": "const escapeStringRegexp = require('escape-string-regexp');\n\n/**\n * Return the lines of `text` that contain the term the user typed in the\n * search box of the log viewer.\n */\nfunction grepLines(text, userTerm) {\n  const re = new RegExp(escapeStringRegexp(userTerm));\n  return text.split('\\n').filter((line) => re.test(line));\n}\n\nmodule.exports = { grepLines };\n",
  "wave": 1
 },
 {
  "name": "js_redos_highlight",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 1333,
  "code": "// Wrap every occurrence of the search term in <mark> for the results page.\nexport function highlight(text: string, term: string): string {\n  const re = new RegExp('(' + term + ')', 'gi');\n  return text.replace(re, '<mark>$1</mark>');\n}\n",
  "wave": 1
 },
 {
  "name": "js_redos_highlight",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 1333,
  "code": "function escapeRegExp(s: string): string {\n  return s.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&');\n}\n\n// Wrap every occurrence of the search term in <mark> for the results page.\nexport function highlight(text: string, term: string): string {\n  const re = new RegExp('(' + escapeRegExp(term) + ')', 'gi');\n  return text.replace(re, '<mark>$1</mark>');\n}\n",
  "wave": 1
 },
 {
  "name": "js_redos_email_nested",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 1333,
  "code": "/**\n * Check an email address typed in the registration form.\n */\nfunction isValidEmail(email) {\n  const pattern = /^([a-zA-Z0-9_.-]+)+@([a-zA-Z0-9-]+\\.)+[a-zA-Z]{2,}$/;\n  return pattern.test(email);\n}\n\nmodule.exports = { isValidEmail };\n",
  "wave": 1
 },
 {
  "name": "js_redos_email_nested",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 1333,
  "code": "/**\n * Check an email address typed in the registration form.\n */\nfunction isValidEmail(email) {\n  if (typeof email !== 'string' || email.length > 254) return false;\n  const pattern = /^[a-zA-Z0-9_.-]+@[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*\\.[a-zA-Z]{2,}$/;\n  return pattern.test(email);\n}\n\nmodule.exports = { isValidEmail };\n",
  "wave": 1
 },
 {
  "name": "js_redos_string_match",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 1333,
  "code": "/**\n * Filter product names by the filter expression from the catalog UI.\n * @param {string[]} names\n * @param {string} filter expression typed by the shopper\n */\nfunction filterProducts(names, filter) {\n  return names.filter((name) => name.match(filter) !== null);\n}\n\nmodule.exports = { filterProducts };\n",
  "wave": 1
 },
 {
  "name": "js_redos_string_match",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 1333,
  "code": "/**\n * Filter product names by the text from the catalog UI.\n * @param {string[]} names\n * @param {string} filter text typed by the shopper\n */\nfunction filterProducts(names, filter) {\n  const needle = String(filter).toLowerCase();\n  return names.filter((name) => name.toLowerCase().includes(needle));\n}\n\nmodule.exports = { filterProducts };\n",
  "wave": 1
 },
 {
  "name": "js_val_includes_host",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 20,
  "code": "/**\n * Decide whether a callback URL supplied by an OAuth client belongs to our\n * domain before we redirect tokens to it.\n */\nfunction isAllowedCallback(callbackUrl) {\n  return callbackUrl.includes('example.com');\n}\n\nmodule.exports = { isAllowedCallback };\n",
  "wave": 1
 },
 {
  "name": "js_val_includes_host",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 20,
  "code": "/**\n * Decide whether a callback URL supplied by an OAuth client belongs to our\n * domain before we redirect tokens to it.\n */\nfunction isAllowedCallback(callbackUrl) {\n  let u;\n  try {\n    u = new URL(callbackUrl);\n  } catch {\n    return false;\n  }\n  return u.protocol === 'https:' && (u.hostname === 'example.com' || u.hostname.endsWith('.example.com'));\n}\n\nmodule.exports = { isAllowedCallback };\n",
  "wave": 1
 },
 {
  "name": "js_val_endswith_origin",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 20,
  "code": "/**\n * CORS helper: true when the Origin header value is one of our sites.\n */\nexport function isTrustedOrigin(origin: string): boolean {\n  const host = new URL(origin).hostname;\n  return host.endsWith('example.com');\n}\n",
  "wave": 1
 },
 {
  "name": "js_val_endswith_origin",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 20,
  "code": "/**\n * CORS helper: true when the Origin header value is one of our sites.\n */\nexport function isTrustedOrigin(origin: string): boolean {\n  const host = new URL(origin).hostname;\n  return host === 'example.com' || host.endsWith('.example.com');\n}\n",
  "wave": 1
 },
 {
  "name": "js_val_startswith_url",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 20,
  "code": "/**\n * Only let the link checker follow links into our documentation site.\n * `link` is taken from a user-submitted page.\n */\nfunction isDocsLink(link) {\n  return link.startsWith('https://docs.example.com');\n}\n\nmodule.exports = { isDocsLink };\n",
  "wave": 1
 },
 {
  "name": "js_val_startswith_url",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 20,
  "code": "/**\n * Only let the link checker follow links into our documentation site.\n * `link` is taken from a user-submitted page.\n */\nfunction isDocsLink(link) {\n  try {\n    const u = new URL(link);\n    return u.protocol === 'https:' && u.hostname === 'docs.example.com';\n  } catch {\n    return false;\n  }\n}\n\nmodule.exports = { isDocsLink };\n",
  "wave": 1
 },
 {
  "name": "js_val_unanchored_regex",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 20,
  "code": "/**\n * Validate a username before it is used to build the user's home directory.\n */\nfunction isValidUsername(username) {\n  return /[a-z0-9_]{3,16}/.test(username);\n}\n\nmodule.exports = { isValidUsername };\n",
  "wave": 1
 },
 {
  "name": "js_val_unanchored_regex",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 20,
  "code": "/**\n * Validate a username before it is used to build the user's home directory.\n */\nfunction isValidUsername(username) {\n  return /^[a-z0-9_]{3,16}$/.test(username);\n}\n\nmodule.exports = { isValidUsername };\n",
  "wave": 1
 },
 {
  "name": "js_path_read_user_file",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "code": "const fs = require('fs');\nconst path = require('path');\n\nconst BASE_DIR = '/var/app/user-files';\n\n/**\n * Read a file from the user files directory.\n * @param {string} fileName name supplied by the user\n */\nfunction readUserFile(fileName) {\n  const filePath = path.join(BASE_DIR, fileName);\n  return fs.readFileSync(filePath, 'utf8');\n}\n\nmodule.exports = { readUserFile };\n",
  "wave": 1
 },
 {
  "name": "js_path_read_user_file",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 22,
  "code": "const fs = require('fs');\nconst path = require('path');\n\nconst BASE_DIR = '/var/app/user-files';\n\n/**\n * Read a file from the user files directory.\n * @param {string} fileName name supplied by the user\n */\nfunction readUserFile(fileName) {\n  const base = path.resolve(BASE_DIR);\n  const filePath = path.resolve(base, fileName);\n  if (!filePath.startsWith(base + path.sep)) {\n    throw new Error('path outside the user files directory');\n  }\n  return fs.readFileSync(filePath, 'utf8');\n}\n\nmodule.exports = { readUserFile };\n",
  "wave": 1
 },
 {
  "name": "js_path_delete_upload",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 22,
  "code": "import { promises as fsp } from 'fs';\n\nconst UPLOAD_DIR = '/srv/uploads';\n\n// Delete one of the user's uploads; `name` comes from the delete button.\nexport async function deleteUpload(name: string): Promise<void> {\n  await fsp.unlink(`${UPLOAD_DIR}/${name}`);\n}\n",
  "wave": 1
 },
 {
  "name": "js_path_delete_upload",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 22,
  "code": "import { promises as fsp } from 'fs';\nimport path from 'path';\n\nconst UPLOAD_DIR = '/srv/uploads';\n\n// Delete one of the user's uploads; `name` comes from the delete button.\nexport async function deleteUpload(name: string): Promise<void> {\n  const base = path.basename(name);\n  if (base !== name || base === '.' || base === '..') {\n    throw new Error('invalid upload name');\n  }\n  await fsp.unlink(path.join(UPLOAD_DIR, base));\n}\n",
  "wave": 1
 },
 {
  "name": "js_path_save_avatar",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "code": "const fs = require('fs/promises');\nconst path = require('path');\n\nconst AVATAR_ROOT = path.resolve(__dirname, 'avatars');\n\n/**\n * Store an avatar image the user uploaded under the name they chose.\n */\nasync function saveAvatar(userId, fileName, data) {\n  const dir = path.join(AVATAR_ROOT, String(userId));\n  await fs.mkdir(dir, { recursive: true });\n  const target = path.resolve(dir, fileName);\n  await fs.writeFile(target, data);\n  return target;\n}\n\nmodule.exports = { saveAvatar };\n",
  "wave": 1
 },
 {
  "name": "js_path_save_avatar",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 22,
  "code": "const fs = require('fs/promises');\nconst path = require('path');\n\nconst AVATAR_ROOT = path.resolve(__dirname, 'avatars');\n\n/**\n * Store an avatar image the user uploaded under the name they chose.\n */\nasync function saveAvatar(userId, fileName, data) {\n  const dir = path.join(AVATAR_ROOT, String(userId));\n  await fs.mkdir(dir, { recursive: true });\n  const target = path.resolve(dir, fileName);\n  if (path.relative(dir, target).startsWith('..') || path.isAbsolute(path.relative(dir, target))) {\n    throw new Error('invalid file name');\n  }\n  await fs.writeFile(target, data);\n  return target;\n}\n\nmodule.exports = { saveAvatar };\n",
  "wave": 1
 },
 {
  "name": "js_path_stream_file",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "code": "const fs = require('fs');\nconst path = require('path');\n\nconst DOCS_ROOT = '/opt/site/docs';\n\n/**\n * Pipe a documentation page to the response. `page` is the page name from\n * the URL, for example \"getting-started.html\".\n */\nfunction streamDoc(res, page) {\n  const stream = fs.createReadStream(path.join(DOCS_ROOT, page));\n  stream.on('error', () => { res.statusCode = 404; res.end(); });\n  stream.pipe(res);\n}\n\nmodule.exports = { streamDoc };\n",
  "wave": 1
 },
 {
  "name": "js_path_stream_file",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 22,
  "code": "const fs = require('fs');\nconst path = require('path');\n\nconst DOCS_ROOT = '/opt/site/docs';\n\n/**\n * Pipe a documentation page to the response. `page` is the page name from\n * the URL, for example \"getting-started.html\".\n */\nfunction streamDoc(res, page) {\n  const full = path.normalize(path.join(DOCS_ROOT, page));\n  if (!full.startsWith(DOCS_ROOT + path.sep)) {\n    res.statusCode = 400;\n    return res.end();\n  }\n  const stream = fs.createReadStream(full);\n  stream.on('error', () => { res.statusCode = 404; res.end(); });\n  stream.pipe(res);\n}\n\nmodule.exports = { streamDoc };\n",
  "wave": 1
 },
 {
  "name": "go_pw_sha256",
  "kind": "vuln",
  "lang": "go",
  "cwe": 916,
  "code": "package auth\n\nimport (\n\t\"crypto/sha256\"\n\t\"encoding/hex\"\n)\n\n// HashPassword returns the hash of a user's password to store in the database.\nfunc HashPassword(password string) string {\n\tsum := sha256.Sum256([]byte(password))\n\treturn hex.EncodeToString(sum[:])\n}\n\n// CheckPassword compares a login attempt with the stored hash.\nfunc CheckPassword(password, stored string) bool {\n\treturn HashPassword(password) == stored\n}\n",
  "wave": 1
 },
 {
  "name": "go_pw_sha256",
  "kind": "safe",
  "lang": "go",
  "cwe": 916,
  "code": "package auth\n\nimport \"golang.org/x/crypto/bcrypt\"\n\n// HashPassword returns the hash of a user's password to store in the database.\nfunc HashPassword(password string) (string, error) {\n\th, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)\n\tif err != nil {\n\t\treturn \"\", err\n\t}\n\treturn string(h), nil\n}\n\n// CheckPassword compares a login attempt with the stored hash.\nfunc CheckPassword(password, stored string) bool {\n\treturn bcrypt.CompareHashAndPassword([]byte(stored), []byte(password)) == nil\n}\n",
  "wave": 1
 },
 {
  "name": "go_pw_md5_salt",
  "kind": "vuln",
  "lang": "go",
  "cwe": 916,
  "code": "package users\n\nimport (\n\t\"crypto/md5\"\n\t\"fmt\"\n)\n\nconst passwordSalt = \"s3rv1ce-salt\"\n\n// NewUser creates the user record; PasswordHash is persisted.\ntype User struct {\n\tName         string\n\tPasswordHash string\n}\n\nfunc NewUser(name, password string) User {\n\th := md5.New()\n\th.Write([]byte(passwordSalt + password))\n\treturn User{Name: name, PasswordHash: fmt.Sprintf(\"%x\", h.Sum(nil))}\n}\n",
  "wave": 1
 },
 {
  "name": "go_pw_md5_salt",
  "kind": "safe",
  "lang": "go",
  "cwe": 916,
  "code": "package users\n\nimport (\n\t\"crypto/rand\"\n\t\"encoding/base64\"\n\n\t\"golang.org/x/crypto/argon2\"\n)\n\n// NewUser creates the user record; PasswordHash is persisted.\ntype User struct {\n\tName         string\n\tSalt         string\n\tPasswordHash string\n}\n\nfunc NewUser(name, password string) (User, error) {\n\tsalt := make([]byte, 16)\n\tif _, err := rand.Read(salt); err != nil {\n\t\treturn User{}, err\n\t}\n\tkey := argon2.IDKey([]byte(password), salt, 1, 64*1024, 4, 32)\n\treturn User{\n\t\tName:         name,\n\t\tSalt:         base64.StdEncoding.EncodeToString(salt),\n\t\tPasswordHash: base64.StdEncoding.EncodeToString(key),\n\t}, nil\n}\n",
  "wave": 1
 },
 {
  "name": "go_pw_pbkdf2_low",
  "kind": "vuln",
  "lang": "go",
  "cwe": 916,
  "code": "package creds\n\nimport (\n\t\"crypto/sha256\"\n\t\"encoding/hex\"\n\n\t\"golang.org/x/crypto/pbkdf2\"\n)\n\n// DeriveKey derives the stored password verifier from the user's password\n// and the per-user salt.\nfunc DeriveKey(password string, salt []byte) string {\n\tkey := pbkdf2.Key([]byte(password), salt, 1000, 32, sha256.New)\n\treturn hex.EncodeToString(key)\n}\n",
  "wave": 1
 },
 {
  "name": "go_pw_pbkdf2_low",
  "kind": "safe",
  "lang": "go",
  "cwe": 916,
  "code": "package creds\n\nimport (\n\t\"crypto/sha256\"\n\t\"encoding/hex\"\n\n\t\"golang.org/x/crypto/pbkdf2\"\n)\n\n// DeriveKey derives the stored password verifier from the user's password\n// and the per-user salt.\nfunc DeriveKey(password string, salt []byte) string {\n\tkey := pbkdf2.Key([]byte(password), salt, 600000, 32, sha256.New)\n\treturn hex.EncodeToString(key)\n}\n",
  "wave": 1
 },
 {
  "name": "go_cert_fingerprint_sha1",
  "kind": "vuln",
  "lang": "go",
  "cwe": 328,
  "code": "package pinning\n\nimport (\n\t\"crypto/sha1\"\n\t\"crypto/x509\"\n\t\"encoding/hex\"\n)\n\n// Fingerprint returns the fingerprint of a peer certificate that is compared\n// with the pinned fingerprints of trusted devices.\nfunc Fingerprint(cert *x509.Certificate) string {\n\tsum := sha1.Sum(cert.Raw)\n\treturn hex.EncodeToString(sum[:])\n}\n\n// IsPinned reports whether the certificate is one of the pinned ones.\nfunc IsPinned(cert *x509.Certificate, pins map[string]bool) bool {\n\treturn pins[Fingerprint(cert)]\n}\n",
  "wave": 1
 },
 {
  "name": "go_cert_fingerprint_sha1",
  "kind": "safe",
  "lang": "go",
  "cwe": 328,
  "code": "package pinning\n\nimport (\n\t\"crypto/sha256\"\n\t\"crypto/x509\"\n\t\"encoding/hex\"\n)\n\n// Fingerprint returns the fingerprint of a peer certificate that is compared\n// with the pinned fingerprints of trusted devices.\nfunc Fingerprint(cert *x509.Certificate) string {\n\tsum := sha256.Sum256(cert.Raw)\n\treturn hex.EncodeToString(sum[:])\n}\n\n// IsPinned reports whether the certificate is one of the pinned ones.\nfunc IsPinned(cert *x509.Certificate, pins map[string]bool) bool {\n\treturn pins[Fingerprint(cert)]\n}\n",
  "wave": 1
 },
 {
  "name": "go_encrypt_3des_cbc",
  "kind": "vuln",
  "lang": "go",
  "cwe": 327,
  "code": "package vault\n\nimport (\n\t\"crypto/cipher\"\n\t\"crypto/des\"\n\t\"crypto/rand\"\n)\n\n// Encrypt encrypts a customer's secret note with the vault key (24 bytes).\nfunc Encrypt(key, plaintext []byte) ([]byte, error) {\n\tblock, err := des.NewTripleDESCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tpad := block.BlockSize() - len(plaintext)%block.BlockSize()\n\tfor i := 0; i < pad; i++ {\n\t\tplaintext = append(plaintext, byte(pad))\n\t}\n\tout := make([]byte, block.BlockSize()+len(plaintext))\n\tiv := out[:block.BlockSize()]\n\tif _, err := rand.Read(iv); err != nil {\n\t\treturn nil, err\n\t}\n\tcipher.NewCBCEncrypter(block, iv).CryptBlocks(out[block.BlockSize():], plaintext)\n\treturn out, nil\n}\n",
  "wave": 1
 },
 {
  "name": "go_encrypt_3des_cbc",
  "kind": "safe",
  "lang": "go",
  "cwe": 327,
  "code": "package vault\n\nimport (\n\t\"crypto/aes\"\n\t\"crypto/cipher\"\n\t\"crypto/rand\"\n)\n\n// Encrypt encrypts a customer's secret note with the vault key (32 bytes).\nfunc Encrypt(key, plaintext []byte) ([]byte, error) {\n\tblock, err := aes.NewCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tgcm, err := cipher.NewGCM(block)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tnonce := make([]byte, gcm.NonceSize())\n\tif _, err := rand.Read(nonce); err != nil {\n\t\treturn nil, err\n\t}\n\treturn gcm.Seal(nonce, nonce, plaintext, nil), nil\n}\n",
  "wave": 1
 },
 {
  "name": "go_encrypt_aes_static_iv",
  "kind": "vuln",
  "lang": "go",
  "cwe": 329,
  "code": "package tokens\n\nimport (\n\t\"crypto/aes\"\n\t\"crypto/cipher\"\n\t\"encoding/base64\"\n)\n\nvar fixedIV = []byte(\"0123456789abcdef\")\n\n// EncryptToken encrypts a session token with AES-CTR before it is put in a cookie.\nfunc EncryptToken(key []byte, token string) (string, error) {\n\tblock, err := aes.NewCipher(key)\n\tif err != nil {\n\t\treturn \"\", err\n\t}\n\tout := make([]byte, len(token))\n\tstream := cipher.NewCTR(block, fixedIV)\n\tstream.XORKeyStream(out, []byte(token))\n\treturn base64.URLEncoding.EncodeToString(out), nil\n}\n",
  "wave": 1
 },
 {
  "name": "go_encrypt_aes_static_iv",
  "kind": "safe",
  "lang": "go",
  "cwe": 329,
  "code": "package tokens\n\nimport (\n\t\"crypto/aes\"\n\t\"crypto/cipher\"\n\t\"crypto/rand\"\n\t\"encoding/base64\"\n)\n\n// EncryptToken encrypts a session token with AES-GCM before it is put in a cookie.\nfunc EncryptToken(key []byte, token string) (string, error) {\n\tblock, err := aes.NewCipher(key)\n\tif err != nil {\n\t\treturn \"\", err\n\t}\n\tgcm, err := cipher.NewGCM(block)\n\tif err != nil {\n\t\treturn \"\", err\n\t}\n\tnonce := make([]byte, gcm.NonceSize())\n\tif _, err := rand.Read(nonce); err != nil {\n\t\treturn \"\", err\n\t}\n\treturn base64.URLEncoding.EncodeToString(gcm.Seal(nonce, nonce, []byte(token), nil)), nil\n}\n",
  "wave": 1
 },
 {
  "name": "go_ssrf_subdomain",
  "kind": "vuln",
  "lang": "go",
  "cwe": 918,
  "code": "package tenants\n\nimport (\n\t\"fmt\"\n\t\"io\"\n\t\"net/http\"\n)\n\n// FetchProfile downloads the profile of the tenant whose subdomain the user\n// entered on the login page.\nfunc FetchProfile(subdomain string) ([]byte, error) {\n\tresp, err := http.Get(fmt.Sprintf(\"https://%s.tenants.example.com/profile\", subdomain))\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer resp.Body.Close()\n\treturn io.ReadAll(io.LimitReader(resp.Body, 1<<20))\n}\n",
  "wave": 1
 },
 {
  "name": "go_ssrf_subdomain",
  "kind": "safe",
  "lang": "go",
  "cwe": 918,
  "code": "package tenants\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\t\"io\"\n\t\"net/http\"\n\t\"regexp\"\n)\n\nvar subdomainRe = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$`)\n\n// FetchProfile downloads the profile of the tenant whose subdomain the user\n// entered on the login page.\nfunc FetchProfile(subdomain string) ([]byte, error) {\n\tif !subdomainRe.MatchString(subdomain) {\n\t\treturn nil, errors.New(\"invalid subdomain\")\n\t}\n\tresp, err := http.Get(fmt.Sprintf(\"https://%s.tenants.example.com/profile\", subdomain))\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer resp.Body.Close()\n\treturn io.ReadAll(io.LimitReader(resp.Body, 1<<20))\n}\n",
  "wave": 1
 },
 {
  "name": "go_ssrf_newrequest_userid",
  "kind": "vuln",
  "lang": "go",
  "cwe": 918,
  "code": "package accounts\n\nimport (\n\t\"encoding/json\"\n\t\"net/http\"\n\t\"time\"\n)\n\nvar client = &http.Client{Timeout: 5 * time.Second}\n\ntype Account struct {\n\tID   string `json:\"id\"`\n\tName string `json:\"name\"`\n}\n\n// GetAccount asks the internal account service for the account with the id\n// the client supplied.\nfunc GetAccount(userID string) (*Account, error) {\n\treq, err := http.NewRequest(http.MethodGet, \"http://accounts.internal/api/users/\"+userID, nil)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tresp, err := client.Do(req)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer resp.Body.Close()\n\tvar a Account\n\terr = json.NewDecoder(resp.Body).Decode(&a)\n\treturn &a, err\n}\n",
  "wave": 1
 },
 {
  "name": "go_ssrf_newrequest_userid",
  "kind": "safe",
  "lang": "go",
  "cwe": 918,
  "code": "package accounts\n\nimport (\n\t\"encoding/json\"\n\t\"net/http\"\n\t\"strconv\"\n\t\"time\"\n)\n\nvar client = &http.Client{Timeout: 5 * time.Second}\n\ntype Account struct {\n\tID   string `json:\"id\"`\n\tName string `json:\"name\"`\n}\n\n// GetAccount asks the internal account service for the account with the id\n// the client supplied.\nfunc GetAccount(userID string) (*Account, error) {\n\tid, err := strconv.ParseUint(userID, 10, 64)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treq, err := http.NewRequest(http.MethodGet, \"http://accounts.internal/api/users/\"+strconv.FormatUint(id, 10), nil)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tresp, err := client.Do(req)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer resp.Body.Close()\n\tvar a Account\n\terr = json.NewDecoder(resp.Body).Decode(&a)\n\treturn &a, err\n}\n",
  "wave": 1
 },
 {
  "name": "go_ssrf_webhook_post",
  "kind": "vuln",
  "lang": "go",
  "cwe": 918,
  "code": "package hooks\n\nimport (\n\t\"bytes\"\n\t\"encoding/json\"\n\t\"net/http\"\n)\n\n// Deliver posts the event to the webhook URL the customer configured.\nfunc Deliver(webhookURL string, event map[string]any) (int, error) {\n\tbody, err := json.Marshal(event)\n\tif err != nil {\n\t\treturn 0, err\n\t}\n\tresp, err := http.Post(webhookURL, \"application/json\", bytes.NewReader(body))\n\tif err != nil {\n\t\treturn 0, err\n\t}\n\tdefer resp.Body.Close()\n\treturn resp.StatusCode, nil\n}\n",
  "wave": 1
 },
 {
  "name": "go_ssrf_webhook_post",
  "kind": "safe",
  "lang": "go",
  "cwe": 918,
  "code": "package hooks\n\nimport (\n\t\"bytes\"\n\t\"encoding/json\"\n\t\"errors\"\n\t\"net/http\"\n\t\"net/url\"\n)\n\nvar allowedHosts = map[string]bool{\"hooks.slack.com\": true, \"hooks.example.com\": true}\n\n// Deliver posts the event to the webhook URL the customer configured.\nfunc Deliver(webhookURL string, event map[string]any) (int, error) {\n\tu, err := url.Parse(webhookURL)\n\tif err != nil || u.Scheme != \"https\" || !allowedHosts[u.Hostname()] {\n\t\treturn 0, errors.New(\"webhook host not allowed\")\n\t}\n\tbody, err := json.Marshal(event)\n\tif err != nil {\n\t\treturn 0, err\n\t}\n\tresp, err := http.Post(u.String(), \"application/json\", bytes.NewReader(body))\n\tif err != nil {\n\t\treturn 0, err\n\t}\n\tdefer resp.Body.Close()\n\treturn resp.StatusCode, nil\n}\n",
  "wave": 1
 },
 {
  "name": "go_ssrf_return_url",
  "kind": "vuln",
  "lang": "go",
  "cwe": 918,
  "code": "package preview\n\nimport \"fmt\"\n\n// ImageURL builds the URL the preview worker downloads. domain and file are\n// taken from the link the user pasted.\nfunc ImageURL(domain, file string) string {\n\treturn fmt.Sprintf(\"https://%s/images/%s\", domain, file)\n}\n",
  "wave": 1
 },
 {
  "name": "go_ssrf_return_url",
  "kind": "safe",
  "lang": "go",
  "cwe": 918,
  "code": "package preview\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\t\"net/url\"\n)\n\nvar allowedDomains = map[string]bool{\"images.example.com\": true, \"cdn.example.com\": true}\n\n// ImageURL builds the URL the preview worker downloads. domain and file are\n// taken from the link the user pasted.\nfunc ImageURL(domain, file string) (string, error) {\n\tif !allowedDomains[domain] {\n\t\treturn \"\", errors.New(\"domain not allowed\")\n\t}\n\treturn fmt.Sprintf(\"https://%s/images/%s\", domain, url.PathEscape(file)), nil\n}\n",
  "wave": 1
 },
 {
  "name": "go_xss_welcome_sprintf",
  "kind": "vuln",
  "lang": "go",
  "cwe": 79,
  "code": "package pages\n\nimport \"fmt\"\n\n// WelcomeHTML returns the greeting shown on the dashboard for the user's\n// chosen display name.\nfunc WelcomeHTML(displayName string) string {\n\treturn fmt.Sprintf(\"<div class=\\\"welcome\\\"><h1>Welcome back, %s!</h1></div>\", displayName)\n}\n",
  "wave": 1
 },
 {
  "name": "go_xss_welcome_sprintf",
  "kind": "safe",
  "lang": "go",
  "cwe": 79,
  "code": "package pages\n\nimport (\n\t\"fmt\"\n\t\"html\"\n)\n\n// WelcomeHTML returns the greeting shown on the dashboard for the user's\n// chosen display name.\nfunc WelcomeHTML(displayName string) string {\n\treturn fmt.Sprintf(\"<div class=\\\"welcome\\\"><h1>Welcome back, %s!</h1></div>\", html.EscapeString(displayName))\n}\n",
  "wave": 1
 },
 {
  "name": "go_xss_text_template",
  "kind": "vuln",
  "lang": "go",
  "cwe": 79,
  "code": "package profile\n\nimport (\n\t\"io\"\n\t\"text/template\"\n)\n\nvar cardTmpl = template.Must(template.New(\"card\").Parse(\n\t`<section class=\"card\"><h2>{{.Name}}</h2><p>{{.Bio}}</p></section>`))\n\ntype Card struct {\n\tName string\n\tBio  string\n}\n\n// RenderCard writes the HTML profile card of a user to w.\nfunc RenderCard(w io.Writer, name, bio string) error {\n\treturn cardTmpl.Execute(w, Card{Name: name, Bio: bio})\n}\n",
  "wave": 1
 },
 {
  "name": "go_xss_text_template",
  "kind": "safe",
  "lang": "go",
  "cwe": 79,
  "code": "package profile\n\nimport (\n\t\"html/template\"\n\t\"io\"\n)\n\nvar cardTmpl = template.Must(template.New(\"card\").Parse(\n\t`<section class=\"card\"><h2>{{.Name}}</h2><p>{{.Bio}}</p></section>`))\n\ntype Card struct {\n\tName string\n\tBio  string\n}\n\n// RenderCard writes the HTML profile card of a user to w.\nfunc RenderCard(w io.Writer, name, bio string) error {\n\treturn cardTmpl.Execute(w, Card{Name: name, Bio: bio})\n}\n",
  "wave": 1
 },
 {
  "name": "go_xss_comments_builder",
  "kind": "vuln",
  "lang": "go",
  "cwe": 79,
  "code": "package comments\n\nimport \"strings\"\n\ntype Comment struct {\n\tAuthor string\n\tText   string\n}\n\n// ListHTML renders the comments of a post as an HTML list.\nfunc ListHTML(cs []Comment) string {\n\tvar sb strings.Builder\n\tsb.WriteString(\"<ul class=\\\"comments\\\">\")\n\tfor _, c := range cs {\n\t\tsb.WriteString(\"<li><b>\" + c.Author + \"</b>: \" + c.Text + \"</li>\")\n\t}\n\tsb.WriteString(\"</ul>\")\n\treturn sb.String()\n}\n",
  "wave": 1
 },
 {
  "name": "go_xss_comments_builder",
  "kind": "safe",
  "lang": "go",
  "cwe": 79,
  "code": "package comments\n\nimport (\n\t\"html/template\"\n\t\"strings\"\n)\n\ntype Comment struct {\n\tAuthor string\n\tText   string\n}\n\n// ListHTML renders the comments of a post as an HTML list.\nfunc ListHTML(cs []Comment) string {\n\tvar sb strings.Builder\n\tsb.WriteString(\"<ul class=\\\"comments\\\">\")\n\tfor _, c := range cs {\n\t\tsb.WriteString(\"<li><b>\" + template.HTMLEscapeString(c.Author) + \"</b>: \" + template.HTMLEscapeString(c.Text) + \"</li>\")\n\t}\n\tsb.WriteString(\"</ul>\")\n\treturn sb.String()\n}\n",
  "wave": 1
 },
 {
  "name": "go_xss_error_fprintf",
  "kind": "vuln",
  "lang": "go",
  "cwe": 79,
  "code": "package web\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\n// NotFound writes an HTML error page naming the page the user asked for.\nfunc NotFound(w http.ResponseWriter, page string) {\n\tw.Header().Set(\"Content-Type\", \"text/html; charset=utf-8\")\n\tw.WriteHeader(http.StatusNotFound)\n\tfmt.Fprintf(w, \"<html><body><h1>Not found</h1><p>No page named %s.</p></body></html>\", page)\n}\n",
  "wave": 1
 },
 {
  "name": "go_xss_error_fprintf",
  "kind": "safe",
  "lang": "go",
  "cwe": 79,
  "code": "package web\n\nimport (\n\t\"fmt\"\n\t\"html\"\n\t\"net/http\"\n)\n\n// NotFound writes an HTML error page naming the page the user asked for.\nfunc NotFound(w http.ResponseWriter, page string) {\n\tw.Header().Set(\"Content-Type\", \"text/html; charset=utf-8\")\n\tw.WriteHeader(http.StatusNotFound)\n\tfmt.Fprintf(w, \"<html><body><h1>Not found</h1><p>No page named %s.</p></body></html>\", html.EscapeString(page))\n}\n",
  "wave": 1
 },
 {
  "name": "go_log_printf_login",
  "kind": "vuln",
  "lang": "go",
  "cwe": 117,
  "code": "package auth\n\nimport \"log\"\n\n// LogFailedLogin records a failed login; username is what the client sent.\nfunc LogFailedLogin(username, remoteAddr string) {\n\tlog.Printf(\"failed login for user %s from %s\", username, remoteAddr)\n}\n",
  "wave": 1
 },
 {
  "name": "go_log_printf_login",
  "kind": "safe",
  "lang": "go",
  "cwe": 117,
  "code": "package auth\n\nimport \"log\"\n\n// LogFailedLogin records a failed login; username is what the client sent.\nfunc LogFailedLogin(username, remoteAddr string) {\n\tlog.Printf(\"failed login for user %q from %q\", username, remoteAddr)\n}\n",
  "wave": 1
 },
 {
  "name": "go_log_slog_search",
  "kind": "vuln",
  "lang": "go",
  "cwe": 117,
  "code": "package search\n\nimport \"log/slog\"\n\n// RecordQuery logs the search text a visitor typed, for analytics.\nfunc RecordQuery(query string) {\n\tslog.Info(\"search query: \" + query)\n}\n",
  "wave": 1
 },
 {
  "name": "go_log_slog_search",
  "kind": "safe",
  "lang": "go",
  "cwe": 117,
  "code": "package search\n\nimport \"log/slog\"\n\n// RecordQuery logs the search text a visitor typed, for analytics.\nfunc RecordQuery(query string) {\n\tslog.Info(\"search query\", \"query\", query)\n}\n",
  "wave": 1
 },
 {
  "name": "go_log_logrus_reset",
  "kind": "vuln",
  "lang": "go",
  "cwe": 117,
  "code": "package accounts\n\nimport log \"github.com/sirupsen/logrus\"\n\n// LogResetRequest logs a password reset request for the address typed in the form.\nfunc LogResetRequest(email string) {\n\tlog.Infof(\"password reset requested for %s\", email)\n}\n",
  "wave": 1
 },
 {
  "name": "go_log_logrus_reset",
  "kind": "safe",
  "lang": "go",
  "cwe": 117,
  "code": "package accounts\n\nimport log \"github.com/sirupsen/logrus\"\n\n// LogResetRequest logs a password reset request for the address typed in the form.\nfunc LogResetRequest(email string) {\n\tlog.WithField(\"email\", email).Info(\"password reset requested\")\n}\n",
  "wave": 1
 },
 {
  "name": "go_log_stderr_token",
  "kind": "vuln",
  "lang": "go",
  "cwe": 117,
  "code": "package gateway\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\n// RejectToken reports an API token that failed validation; token is the\n// value from the client's Authorization header.\nfunc RejectToken(token, reason string) {\n\tfmt.Fprintf(os.Stderr, \"rejected token %s: %s\\n\", token, reason)\n}\n",
  "wave": 1
 },
 {
  "name": "go_log_stderr_token",
  "kind": "safe",
  "lang": "go",
  "cwe": 117,
  "code": "package gateway\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"strings\"\n)\n\n// RejectToken reports an API token that failed validation; token is the\n// value from the client's Authorization header.\nfunc RejectToken(token, reason string) {\n\tclean := strings.NewReplacer(\"\\r\", \"\", \"\\n\", \"\").Replace(token)\n\tfmt.Fprintf(os.Stderr, \"rejected token %s: %s\\n\", clean, reason)\n}\n",
  "wave": 1
 },
 {
  "name": "go_hdr_content_disposition",
  "kind": "vuln",
  "lang": "go",
  "cwe": 113,
  "code": "package files\n\nimport \"net/http\"\n\n// SetDownloadHeaders prepares a download response; fileName is the name the\n// uploader gave the file.\nfunc SetDownloadHeaders(w http.ResponseWriter, fileName string) {\n\tw.Header().Set(\"Content-Type\", \"application/octet-stream\")\n\tw.Header().Set(\"Content-Disposition\", \"attachment; filename=\\\"\"+fileName+\"\\\"\")\n}\n",
  "wave": 1
 },
 {
  "name": "go_hdr_content_disposition",
  "kind": "safe",
  "lang": "go",
  "cwe": 113,
  "code": "package files\n\nimport (\n\t\"mime\"\n\t\"net/http\"\n)\n\n// SetDownloadHeaders prepares a download response; fileName is the name the\n// uploader gave the file.\nfunc SetDownloadHeaders(w http.ResponseWriter, fileName string) {\n\tw.Header().Set(\"Content-Type\", \"application/octet-stream\")\n\tw.Header().Set(\"Content-Disposition\", mime.FormatMediaType(\"attachment\", map[string]string{\"filename\": fileName}))\n}\n",
  "wave": 1
 },
 {
  "name": "go_hdr_map_store",
  "kind": "vuln",
  "lang": "go",
  "cwe": 113,
  "code": "package headers\n\n// StoreInfo stores the value the client supplied for the given info type in\n// the header map of the response; infoType is \"lang\" or \"encoding\".\nfunc StoreInfo(infoType, value string, header map[string]string) map[string]string {\n\tswitch infoType {\n\tcase \"lang\":\n\t\theader[\"Accept-Language\"] = value\n\tcase \"encoding\":\n\t\theader[\"Accept-Encoding\"] = value\n\t}\n\treturn header\n}\n",
  "wave": 1
 },
 {
  "name": "go_hdr_map_store",
  "kind": "safe",
  "lang": "go",
  "cwe": 113,
  "code": "package headers\n\nimport \"strings\"\n\n// StoreInfo stores the value the client supplied for the given info type in\n// the header map of the response; infoType is \"lang\" or \"encoding\".\nfunc StoreInfo(infoType, value string, header map[string]string) map[string]string {\n\tif strings.ContainsAny(value, \"\\r\\n\") {\n\t\treturn header\n\t}\n\tswitch infoType {\n\tcase \"lang\":\n\t\theader[\"Accept-Language\"] = value\n\tcase \"encoding\":\n\t\theader[\"Accept-Encoding\"] = value\n\t}\n\treturn header\n}\n",
  "wave": 1
 },
 {
  "name": "go_hdr_cookie_add",
  "kind": "vuln",
  "lang": "go",
  "cwe": 113,
  "code": "package prefs\n\nimport \"net/http\"\n\n// RememberTheme stores the theme the user picked in a cookie.\nfunc RememberTheme(w http.ResponseWriter, theme string) {\n\tw.Header().Add(\"Set-Cookie\", \"theme=\"+theme+\"; Path=/; Secure; HttpOnly; SameSite=Lax\")\n}\n",
  "wave": 1
 },
 {
  "name": "go_hdr_cookie_add",
  "kind": "safe",
  "lang": "go",
  "cwe": 113,
  "code": "package prefs\n\nimport \"net/http\"\n\nvar themes = map[string]bool{\"light\": true, \"dark\": true}\n\n// RememberTheme stores the theme the user picked in a cookie.\nfunc RememberTheme(w http.ResponseWriter, theme string) {\n\tif !themes[theme] {\n\t\ttheme = \"light\"\n\t}\n\tw.Header().Add(\"Set-Cookie\", \"theme=\"+theme+\"; Path=/; Secure; HttpOnly; SameSite=Lax\")\n}\n",
  "wave": 1
 },
 {
  "name": "go_hdr_raw_conn",
  "kind": "vuln",
  "lang": "go",
  "cwe": 113,
  "code": "package rawhttp\n\nimport (\n\t\"fmt\"\n\t\"net\"\n)\n\n// WriteGreeting answers on a raw connection, echoing the caller's client id\n// in a response header.\nfunc WriteGreeting(conn net.Conn, clientID string) error {\n\t_, err := fmt.Fprintf(conn, \"HTTP/1.1 200 OK\\r\\nContent-Type: text/plain\\r\\nX-Client-Id: %s\\r\\nContent-Length: 5\\r\\n\\r\\nhello\", clientID)\n\treturn err\n}\n",
  "wave": 1
 },
 {
  "name": "go_hdr_raw_conn",
  "kind": "safe",
  "lang": "go",
  "cwe": 113,
  "code": "package rawhttp\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\t\"net\"\n\t\"strings\"\n)\n\n// WriteGreeting answers on a raw connection, echoing the caller's client id\n// in a response header.\nfunc WriteGreeting(conn net.Conn, clientID string) error {\n\tif strings.ContainsAny(clientID, \"\\r\\n\") {\n\t\treturn errors.New(\"invalid client id\")\n\t}\n\t_, err := fmt.Fprintf(conn, \"HTTP/1.1 200 OK\\r\\nContent-Type: text/plain\\r\\nX-Client-Id: %s\\r\\nContent-Length: 5\\r\\n\\r\\nhello\", clientID)\n\treturn err\n}\n",
  "wave": 1
 },
 {
  "name": "go_regex_grep",
  "kind": "vuln",
  "lang": "go",
  "cwe": 400,
  "code": "package logview\n\nimport (\n\t\"regexp\"\n\t\"strings\"\n)\n\n// Grep returns the lines of text that match the pattern the user typed in\n// the log viewer's search box.\nfunc Grep(text, pattern string) []string {\n\tre := regexp.MustCompile(pattern)\n\tvar out []string\n\tfor _, line := range strings.Split(text, \"\\n\") {\n\t\tif re.MatchString(line) {\n\t\t\tout = append(out, line)\n\t\t}\n\t}\n\treturn out\n}\n",
  "wave": 1
 },
 {
  "name": "go_regex_grep",
  "kind": "safe",
  "lang": "go",
  "cwe": 400,
  "code": "package logview\n\nimport (\n\t\"regexp\"\n\t\"strings\"\n)\n\n// Grep returns the lines of text that contain the term the user typed in\n// the log viewer's search box.\nfunc Grep(text, term string) []string {\n\tre := regexp.MustCompile(regexp.QuoteMeta(term))\n\tvar out []string\n\tfor _, line := range strings.Split(text, \"\\n\") {\n\t\tif re.MatchString(line) {\n\t\t\tout = append(out, line)\n\t\t}\n\t}\n\treturn out\n}\n",
  "wave": 1
 },
 {
  "name": "go_regex_prefix_compile",
  "kind": "vuln",
  "lang": "go",
  "cwe": 400,
  "code": "package catalog\n\nimport \"regexp\"\n\n// FilterByPrefix keeps the product codes that start with the prefix the\n// shopper typed.\nfunc FilterByPrefix(codes []string, prefix string) ([]string, error) {\n\tre, err := regexp.Compile(\"^\" + prefix + \".*$\")\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tvar out []string\n\tfor _, c := range codes {\n\t\tif re.MatchString(c) {\n\t\t\tout = append(out, c)\n\t\t}\n\t}\n\treturn out, nil\n}\n",
  "wave": 1
 },
 {
  "name": "go_regex_prefix_compile",
  "kind": "safe",
  "lang": "go",
  "cwe": 400,
  "code": "package catalog\n\nimport \"regexp\"\n\n// FilterByPrefix keeps the product codes that start with the prefix the\n// shopper typed.\nfunc FilterByPrefix(codes []string, prefix string) ([]string, error) {\n\tre, err := regexp.Compile(\"^\" + regexp.QuoteMeta(prefix) + \".*$\")\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tvar out []string\n\tfor _, c := range codes {\n\t\tif re.MatchString(c) {\n\t\t\tout = append(out, c)\n\t\t}\n\t}\n\treturn out, nil\n}\n",
  "wave": 1
 },
 {
  "name": "go_regex_matchstring",
  "kind": "vuln",
  "lang": "go",
  "cwe": 400,
  "code": "package filter\n\nimport \"regexp\"\n\n// Matches reports whether the subject line of a mail matches the filter\n// rule a user wrote in their mailbox settings.\nfunc Matches(rule, subject string) bool {\n\tok, err := regexp.MatchString(rule, subject)\n\treturn err == nil && ok\n}\n",
  "wave": 1
 },
 {
  "name": "go_regex_matchstring",
  "kind": "safe",
  "lang": "go",
  "cwe": 400,
  "code": "package filter\n\nimport \"strings\"\n\n// Matches reports whether the subject line of a mail contains the filter\n// text a user wrote in their mailbox settings.\nfunc Matches(rule, subject string) bool {\n\treturn strings.Contains(strings.ToLower(subject), strings.ToLower(rule))\n}\n",
  "wave": 1
 },
 {
  "name": "go_alloc_length_prefix",
  "kind": "vuln",
  "lang": "go",
  "cwe": 400,
  "code": "package wire\n\nimport (\n\t\"encoding/binary\"\n\t\"io\"\n)\n\n// ReadFrame reads one length-prefixed frame sent by a client.\nfunc ReadFrame(r io.Reader) ([]byte, error) {\n\tvar hdr [4]byte\n\tif _, err := io.ReadFull(r, hdr[:]); err != nil {\n\t\treturn nil, err\n\t}\n\tn := binary.BigEndian.Uint32(hdr[:])\n\tbuf := make([]byte, n)\n\tif _, err := io.ReadFull(r, buf); err != nil {\n\t\treturn nil, err\n\t}\n\treturn buf, nil\n}\n",
  "wave": 1
 },
 {
  "name": "go_alloc_length_prefix",
  "kind": "safe",
  "lang": "go",
  "cwe": 400,
  "code": "package wire\n\nimport (\n\t\"encoding/binary\"\n\t\"errors\"\n\t\"io\"\n)\n\nconst maxFrame = 1 << 20\n\n// ReadFrame reads one length-prefixed frame sent by a client.\nfunc ReadFrame(r io.Reader) ([]byte, error) {\n\tvar hdr [4]byte\n\tif _, err := io.ReadFull(r, hdr[:]); err != nil {\n\t\treturn nil, err\n\t}\n\tn := binary.BigEndian.Uint32(hdr[:])\n\tif n > maxFrame {\n\t\treturn nil, errors.New(\"frame too large\")\n\t}\n\tbuf := make([]byte, n)\n\tif _, err := io.ReadFull(r, buf); err != nil {\n\t\treturn nil, err\n\t}\n\treturn buf, nil\n}\n",
  "wave": 1
 },
 {
  "name": "go_val_hassuffix",
  "kind": "vuln",
  "lang": "go",
  "cwe": 20,
  "code": "package cors\n\nimport (\n\t\"net/url\"\n\t\"strings\"\n)\n\n// AllowedOrigin reports whether the Origin sent by the browser belongs to\n// one of our sites.\nfunc AllowedOrigin(origin string) bool {\n\tu, err := url.Parse(origin)\n\tif err != nil {\n\t\treturn false\n\t}\n\treturn strings.HasSuffix(u.Hostname(), \"example.com\")\n}\n",
  "wave": 1
 },
 {
  "name": "go_val_hassuffix",
  "kind": "safe",
  "lang": "go",
  "cwe": 20,
  "code": "package cors\n\nimport (\n\t\"net/url\"\n\t\"strings\"\n)\n\n// AllowedOrigin reports whether the Origin sent by the browser belongs to\n// one of our sites.\nfunc AllowedOrigin(origin string) bool {\n\tu, err := url.Parse(origin)\n\tif err != nil {\n\t\treturn false\n\t}\n\th := u.Hostname()\n\treturn h == \"example.com\" || strings.HasSuffix(h, \".example.com\")\n}\n",
  "wave": 1
 },
 {
  "name": "go_val_contains_url",
  "kind": "vuln",
  "lang": "go",
  "cwe": 20,
  "code": "package oauth\n\nimport \"strings\"\n\n// ValidRedirect reports whether the redirect_uri an OAuth client registered\n// points at our domain.\nfunc ValidRedirect(redirectURI string) bool {\n\treturn strings.Contains(redirectURI, \"example.com\")\n}\n",
  "wave": 1
 },
 {
  "name": "go_val_contains_url",
  "kind": "safe",
  "lang": "go",
  "cwe": 20,
  "code": "package oauth\n\nimport (\n\t\"net/url\"\n\t\"strings\"\n)\n\n// ValidRedirect reports whether the redirect_uri an OAuth client registered\n// points at our domain.\nfunc ValidRedirect(redirectURI string) bool {\n\tu, err := url.Parse(redirectURI)\n\tif err != nil || u.Scheme != \"https\" {\n\t\treturn false\n\t}\n\th := u.Hostname()\n\treturn h == \"example.com\" || strings.HasSuffix(h, \".example.com\")\n}\n",
  "wave": 1
 },
 {
  "name": "go_val_hasprefix_url",
  "kind": "vuln",
  "lang": "go",
  "cwe": 20,
  "code": "package crawler\n\nimport \"strings\"\n\n// IsDocsLink limits the link checker to our documentation site; link comes\n// from a page a user submitted.\nfunc IsDocsLink(link string) bool {\n\treturn strings.HasPrefix(link, \"https://docs.example.com\")\n}\n",
  "wave": 1
 },
 {
  "name": "go_val_hasprefix_url",
  "kind": "safe",
  "lang": "go",
  "cwe": 20,
  "code": "package crawler\n\nimport \"net/url\"\n\n// IsDocsLink limits the link checker to our documentation site; link comes\n// from a page a user submitted.\nfunc IsDocsLink(link string) bool {\n\tu, err := url.Parse(link)\n\treturn err == nil && u.Scheme == \"https\" && u.Hostname() == \"docs.example.com\"\n}\n",
  "wave": 1
 },
 {
  "name": "go_val_unanchored_regex",
  "kind": "vuln",
  "lang": "go",
  "cwe": 20,
  "code": "package users\n\nimport \"regexp\"\n\nvar usernameRe = regexp.MustCompile(`[a-z0-9_]{3,16}`)\n\n// ValidUsername checks a username before it names the user's home directory.\nfunc ValidUsername(name string) bool {\n\treturn usernameRe.MatchString(name)\n}\n",
  "wave": 1
 },
 {
  "name": "go_val_unanchored_regex",
  "kind": "safe",
  "lang": "go",
  "cwe": 20,
  "code": "package users\n\nimport \"regexp\"\n\nvar usernameRe = regexp.MustCompile(`^[a-z0-9_]{3,16}$`)\n\n// ValidUsername checks a username before it names the user's home directory.\nfunc ValidUsername(name string) bool {\n\treturn usernameRe.MatchString(name)\n}\n",
  "wave": 1
 },
 {
  "name": "go_path_read_user_file",
  "kind": "vuln",
  "lang": "go",
  "cwe": 22,
  "code": "package storage\n\nimport (\n\t\"os\"\n\t\"path/filepath\"\n)\n\nconst baseDir = \"/var/app/user-files\"\n\n// ReadUserFile returns the contents of a file the user named, from the\n// user files directory.\nfunc ReadUserFile(name string) ([]byte, error) {\n\treturn os.ReadFile(filepath.Join(baseDir, name))\n}\n",
  "wave": 1
 },
 {
  "name": "go_path_read_user_file",
  "kind": "safe",
  "lang": "go",
  "cwe": 22,
  "code": "package storage\n\nimport (\n\t\"errors\"\n\t\"os\"\n\t\"path/filepath\"\n\t\"strings\"\n)\n\nconst baseDir = \"/var/app/user-files\"\n\n// ReadUserFile returns the contents of a file the user named, from the\n// user files directory.\nfunc ReadUserFile(name string) ([]byte, error) {\n\tp := filepath.Join(baseDir, name)\n\tif !strings.HasPrefix(p, baseDir+string(os.PathSeparator)) {\n\t\treturn nil, errors.New(\"path escapes the base directory\")\n\t}\n\treturn os.ReadFile(p)\n}\n",
  "wave": 1
 },
 {
  "name": "go_path_delete_upload",
  "kind": "vuln",
  "lang": "go",
  "cwe": 22,
  "code": "package uploads\n\nimport \"os\"\n\nconst uploadDir = \"/srv/uploads\"\n\n// Delete removes one of the user's uploads; name comes from the delete form.\nfunc Delete(name string) error {\n\treturn os.Remove(uploadDir + \"/\" + name)\n}\n",
  "wave": 1
 },
 {
  "name": "go_path_delete_upload",
  "kind": "safe",
  "lang": "go",
  "cwe": 22,
  "code": "package uploads\n\nimport (\n\t\"errors\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nconst uploadDir = \"/srv/uploads\"\n\n// Delete removes one of the user's uploads; name comes from the delete form.\nfunc Delete(name string) error {\n\tif !filepath.IsLocal(name) || filepath.Base(name) != name {\n\t\treturn errors.New(\"invalid upload name\")\n\t}\n\treturn os.Remove(filepath.Join(uploadDir, name))\n}\n",
  "wave": 1
 },
 {
  "name": "go_path_write_export",
  "kind": "vuln",
  "lang": "go",
  "cwe": 22,
  "code": "package export\n\nimport (\n\t\"os\"\n\t\"path\"\n)\n\nconst exportDir = \"/var/exports\"\n\n// SaveExport writes a report under the file name the user chose.\nfunc SaveExport(fileName string, data []byte) error {\n\treturn os.WriteFile(path.Join(exportDir, fileName), data, 0o644)\n}\n",
  "wave": 1
 },
 {
  "name": "go_path_write_export",
  "kind": "safe",
  "lang": "go",
  "cwe": 22,
  "code": "package export\n\nimport (\n\t\"errors\"\n\t\"os\"\n\t\"path/filepath\"\n\t\"strings\"\n)\n\nconst exportDir = \"/var/exports\"\n\n// SaveExport writes a report under the file name the user chose.\nfunc SaveExport(fileName string, data []byte) error {\n\ttarget := filepath.Join(exportDir, fileName)\n\trel, err := filepath.Rel(exportDir, target)\n\tif err != nil || rel == \"..\" || strings.HasPrefix(rel, \"..\"+string(filepath.Separator)) {\n\t\treturn errors.New(\"invalid file name\")\n\t}\n\treturn os.WriteFile(target, data, 0o644)\n}\n",
  "wave": 1
 },
 {
  "name": "go_path_open_copy",
  "kind": "vuln",
  "lang": "go",
  "cwe": 22,
  "code": "package docs\n\nimport (\n\t\"io\"\n\t\"net/http\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nconst docsRoot = \"/opt/site/docs\"\n\n// ServeDoc copies the documentation page named in the URL to the response.\nfunc ServeDoc(w http.ResponseWriter, page string) error {\n\tf, err := os.Open(filepath.Join(docsRoot, page))\n\tif err != nil {\n\t\thttp.NotFound(w, nil)\n\t\treturn err\n\t}\n\tdefer f.Close()\n\t_, err = io.Copy(w, f)\n\treturn err\n}\n",
  "wave": 1
 },
 {
  "name": "go_path_open_copy",
  "kind": "safe",
  "lang": "go",
  "cwe": 22,
  "code": "package docs\n\nimport (\n\t\"io\"\n\t\"net/http\"\n\t\"os\"\n)\n\nconst docsRoot = \"/opt/site/docs\"\n\n// ServeDoc copies the documentation page named in the URL to the response.\nfunc ServeDoc(w http.ResponseWriter, page string) error {\n\troot, err := os.OpenRoot(docsRoot)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer root.Close()\n\tf, err := root.Open(page)\n\tif err != nil {\n\t\thttp.NotFound(w, nil)\n\t\treturn err\n\t}\n\tdefer f.Close()\n\t_, err = io.Copy(w, f)\n\treturn err\n}\n",
  "wave": 1
 },
 {
  "name": "js2_pw_sha512_var",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 916,
  "code": "const crypto = require('crypto');\n\nclass UserStore {\n  constructor(db) {\n    this.db = db;\n  }\n\n  // Register a member; the digest of the chosen password is saved with the row.\n  async register(email, userPassword) {\n    const digest = crypto.createHash('sha512');\n    digest.update(userPassword);\n    const hashed = digest.digest('base64');\n    await this.db.insert('members', { email, password_hash: hashed });\n  }\n}\n\nmodule.exports = UserStore;\n",
  "wave": 2
 },
 {
  "name": "js2_pw_sha512_var",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 916,
  "code": "const bcrypt = require('bcrypt');\n\nclass UserStore {\n  constructor(db) {\n    this.db = db;\n  }\n\n  // Register a member; the bcrypt hash of the chosen password is saved with the row.\n  async register(email, userPassword) {\n    const hashed = await bcrypt.hash(userPassword, 12);\n    await this.db.insert('members', { email, password_hash: hashed });\n  }\n}\n\nmodule.exports = UserStore;\n",
  "wave": 2
 },
 {
  "name": "js2_pw_hmac_pepper",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 916,
  "code": "import { createHmac } from 'crypto';\n\nconst PEPPER = process.env.PASSWORD_PEPPER ?? '';\n\n/** Compute the value stored for an account password. */\nexport function storedPasswordValue(password) {\n  return createHmac('sha256', PEPPER).update(password).digest('hex');\n}\n",
  "wave": 2
 },
 {
  "name": "js2_pw_hmac_pepper",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 916,
  "code": "import { randomBytes, scrypt } from 'crypto';\nimport { promisify } from 'util';\n\nconst scryptAsync = promisify(scrypt);\n\n/** Compute the value stored for an account password. */\nexport async function storedPasswordValue(password) {\n  const salt = randomBytes(16);\n  const key = await scryptAsync(password, salt, 64);\n  return `${salt.toString('hex')}:${key.toString('hex')}`;\n}\n",
  "wave": 2
 },
 {
  "name": "js2_bcrypt_low",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 916,
  "code": "const bcrypt = require('bcryptjs');\n\n/**\n * Hash the password a user picked at sign-up.\n */\nfunction hashSignupPassword(password) {\n  const rounds = 4;\n  return bcrypt.hashSync(password, rounds);\n}\n\nmodule.exports = { hashSignupPassword };\n",
  "wave": 2
 },
 {
  "name": "js2_bcrypt_low",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 916,
  "code": "const bcrypt = require('bcryptjs');\n\n/**\n * Hash the password a user picked at sign-up.\n */\nfunction hashSignupPassword(password) {\n  const rounds = 12;\n  return bcrypt.hashSync(password, rounds);\n}\n\nmodule.exports = { hashSignupPassword };\n",
  "wave": 2
 },
 {
  "name": "js2_aes_ecb_card",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 327,
  "code": "const crypto = require('crypto');\n\n/**\n * Encrypt a card number for storage. key: 32 bytes from the key vault.\n */\nfunction encryptCardNumber(cardNumber, key) {\n  const cipher = crypto.createCipheriv('aes-256-ecb', key, null);\n  return cipher.update(cardNumber, 'utf8', 'hex') + cipher.final('hex');\n}\n\nmodule.exports = { encryptCardNumber };\n",
  "wave": 2
 },
 {
  "name": "js2_aes_ecb_card",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 327,
  "code": "const crypto = require('crypto');\n\n/**\n * Encrypt a card number for storage. key: 32 bytes from the key vault.\n */\nfunction encryptCardNumber(cardNumber, key) {\n  const iv = crypto.randomBytes(12);\n  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);\n  const enc = Buffer.concat([cipher.update(cardNumber, 'utf8'), cipher.final()]);\n  return Buffer.concat([iv, cipher.getAuthTag(), enc]).toString('hex');\n}\n\nmodule.exports = { encryptCardNumber };\n",
  "wave": 2
 },
 {
  "name": "js2_rsa_1024",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 326,
  "code": "const { generateKeyPairSync } = require('crypto');\n\n/**\n * Create the key pair a device uses to sign its telemetry uploads.\n */\nfunction createDeviceKeys() {\n  return generateKeyPairSync('rsa', {\n    modulusLength: 1024,\n    publicKeyEncoding: { type: 'spki', format: 'pem' },\n    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },\n  });\n}\n\nmodule.exports = { createDeviceKeys };\n",
  "wave": 2
 },
 {
  "name": "js2_rsa_1024",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 326,
  "code": "const { generateKeyPairSync } = require('crypto');\n\n/**\n * Create the key pair a device uses to sign its telemetry uploads.\n */\nfunction createDeviceKeys() {\n  return generateKeyPairSync('rsa', {\n    modulusLength: 3072,\n    publicKeyEncoding: { type: 'spki', format: 'pem' },\n    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },\n  });\n}\n\nmodule.exports = { createDeviceKeys };\n",
  "wave": 2
 },
 {
  "name": "js2_cryptojs_des",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 327,
  "code": "import CryptoJS from 'crypto-js';\n\n// Encrypt the API credentials before they are saved in local settings.\nexport function encryptCredentials(plain: string, key: string): string {\n  return CryptoJS.DES.encrypt(plain, key).toString();\n}\n",
  "wave": 2
 },
 {
  "name": "js2_cryptojs_des",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 327,
  "code": "import { createCipheriv, randomBytes, scryptSync } from 'crypto';\n\n// Encrypt the API credentials before they are saved in local settings.\nexport function encryptCredentials(plain: string, key: string): string {\n  const salt = randomBytes(16);\n  const k = scryptSync(key, salt, 32);\n  const iv = randomBytes(12);\n  const c = createCipheriv('aes-256-gcm', k, iv);\n  const enc = Buffer.concat([c.update(plain, 'utf8'), c.final()]);\n  return Buffer.concat([salt, iv, c.getAuthTag(), enc]).toString('base64');\n}\n",
  "wave": 2
 },
 {
  "name": "js2_ssrf_undici_instance",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 918,
  "code": "const { request } = require('undici');\n\n/**\n * Look up a fediverse account. `instance` is the server name the user\n * entered (for example \"mastodon.social\") and `handle` the account name.\n */\nasync function lookupAccount(instance, handle) {\n  const { body } = await request(`https://${instance}/api/v1/accounts/lookup?acct=${encodeURIComponent(handle)}`);\n  return body.json();\n}\n\nmodule.exports = { lookupAccount };\n",
  "wave": 2
 },
 {
  "name": "js2_ssrf_undici_instance",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 918,
  "code": "const { request } = require('undici');\n\nconst KNOWN_INSTANCES = new Set(['mastodon.social', 'fosstodon.org', 'hachyderm.io']);\n\n/**\n * Look up a fediverse account. `instance` is the server name the user\n * entered (for example \"mastodon.social\") and `handle` the account name.\n */\nasync function lookupAccount(instance, handle) {\n  if (!KNOWN_INSTANCES.has(instance)) {\n    throw new Error('unsupported instance');\n  }\n  const { body } = await request(`https://${instance}/api/v1/accounts/lookup?acct=${encodeURIComponent(handle)}`);\n  return body.json();\n}\n\nmodule.exports = { lookupAccount };\n",
  "wave": 2
 },
 {
  "name": "js2_ssrf_image_proxy",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 918,
  "code": "/**\n * Image proxy used by the chat: streams the image at `imageUrl` (the link a\n * user posted in a message) back to the browser.\n */\nasync function proxyImage(res, imageUrl) {\n  const upstream = await fetch(imageUrl, { redirect: 'follow' });\n  res.setHeader('Content-Type', upstream.headers.get('content-type') || 'application/octet-stream');\n  res.end(Buffer.from(await upstream.arrayBuffer()));\n}\n\nmodule.exports = { proxyImage };\n",
  "wave": 2
 },
 {
  "name": "js2_ssrf_image_proxy",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 918,
  "code": "const IMAGE_HOSTS = new Set(['i.imgur.com', 'media.example-cdn.com']);\n\n/**\n * Image proxy used by the chat: streams the image at `imageUrl` (the link a\n * user posted in a message) back to the browser.\n */\nasync function proxyImage(res, imageUrl) {\n  const u = new URL(imageUrl);\n  if (u.protocol !== 'https:' || !IMAGE_HOSTS.has(u.hostname)) {\n    res.statusCode = 400;\n    return res.end('image host not allowed');\n  }\n  const upstream = await fetch(u, { redirect: 'error' });\n  res.setHeader('Content-Type', upstream.headers.get('content-type') || 'application/octet-stream');\n  res.end(Buffer.from(await upstream.arrayBuffer()));\n}\n\nmodule.exports = { proxyImage };\n",
  "wave": 2
 },
 {
  "name": "js2_ssrf_return_store",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 918,
  "code": "/**\n * Return the API endpoint of a shop. The storefront fetches product data\n * from the returned URL; `storeSlug` is the shop name the merchant typed\n * when signing up.\n */\nfunction shopApiUrl(storeSlug) {\n  return 'https://' + storeSlug + '.shops.example.net/api/products';\n}\n\nmodule.exports = { shopApiUrl };\n",
  "wave": 2
 },
 {
  "name": "js2_ssrf_return_store",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 918,
  "code": "/**\n * Return the API endpoint of a shop. The storefront fetches product data\n * from the returned URL; `storeSlug` is the shop name the merchant typed\n * when signing up.\n */\nfunction shopApiUrl(storeSlug) {\n  if (!/^[a-z0-9-]{1,40}$/.test(storeSlug)) {\n    throw new Error('invalid shop name');\n  }\n  return 'https://' + storeSlug + '.shops.example.net/api/products';\n}\n\nmodule.exports = { shopApiUrl };\n",
  "wave": 2
 },
 {
  "name": "js2_xss_table",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "code": "/**\n * Render the guest book entries (name and message typed by visitors) as an\n * HTML table for the admin page.\n */\nfunction guestbookTable(entries) {\n  const rows = entries\n    .map((e) => '<tr><td>' + e.name + '</td><td>' + e.message + '</td></tr>')\n    .join('\\n');\n  return '<table class=\"guestbook\">' + rows + '</table>';\n}\n\nmodule.exports = { guestbookTable };\n",
  "wave": 2
 },
 {
  "name": "js2_xss_table",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 79,
  "code": "const he = require('he');\n\n/**\n * Render the guest book entries (name and message typed by visitors) as an\n * HTML table for the admin page.\n */\nfunction guestbookTable(entries) {\n  const rows = entries\n    .map((e) => '<tr><td>' + he.escape(e.name) + '</td><td>' + he.escape(e.message) + '</td></tr>')\n    .join('\\n');\n  return '<table class=\"guestbook\">' + rows + '</table>';\n}\n\nmodule.exports = { guestbookTable };\n",
  "wave": 2
 },
 {
  "name": "js2_xss_innerhtml_toast",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "code": "// Show a notification toast with the message the server relayed from\n// another user.\nexport function showToast(container, senderName, message) {\n  const toast = document.createElement('div');\n  toast.className = 'toast';\n  toast.innerHTML = `<strong>${senderName}</strong><span>${message}</span>`;\n  container.appendChild(toast);\n  setTimeout(() => toast.remove(), 5000);\n}\n",
  "wave": 2
 },
 {
  "name": "js2_xss_innerhtml_toast",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 79,
  "code": "// Show a notification toast with the message the server relayed from\n// another user.\nexport function showToast(container, senderName, message) {\n  const toast = document.createElement('div');\n  toast.className = 'toast';\n  const strong = document.createElement('strong');\n  strong.textContent = senderName;\n  const span = document.createElement('span');\n  span.textContent = message;\n  toast.append(strong, span);\n  container.appendChild(toast);\n  setTimeout(() => toast.remove(), 5000);\n}\n",
  "wave": 2
 },
 {
  "name": "js2_xss_img_attr",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "code": "/**\n * HTML for a user's avatar: `avatarUrl` and `displayName` come from the\n * user's profile settings.\n */\nfunction avatarTag(avatarUrl, displayName) {\n  return `<img class=\"avatar\" src=\"${avatarUrl}\" alt=\"${displayName}\" width=\"48\" height=\"48\">`;\n}\n\nmodule.exports = { avatarTag };\n",
  "wave": 2
 },
 {
  "name": "js2_xss_img_attr",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 79,
  "code": "const escapeHtml = require('escape-html');\n\n/**\n * HTML for a user's avatar: `avatarUrl` and `displayName` come from the\n * user's profile settings.\n */\nfunction avatarTag(avatarUrl, displayName) {\n  const src = /^https:\\/\\//.test(avatarUrl) ? avatarUrl : '/img/default-avatar.png';\n  return `<img class=\"avatar\" src=\"${escapeHtml(src)}\" alt=\"${escapeHtml(displayName)}\" width=\"48\" height=\"48\">`;\n}\n\nmodule.exports = { avatarTag };\n",
  "wave": 2
 },
 {
  "name": "js2_log_debug_module",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 117,
  "code": "const debug = require('debug')('app:auth');\n\n/**\n * Trace a login attempt; `username` is the name typed in the login form.\n */\nfunction traceLogin(username, success) {\n  debug('login attempt for ' + username + (success ? ' ok' : ' failed'));\n}\n\nmodule.exports = { traceLogin };\n",
  "wave": 2
 },
 {
  "name": "js2_log_debug_module",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 117,
  "code": "const debug = require('debug')('app:auth');\n\n/**\n * Trace a login attempt; `username` is the name typed in the login form.\n */\nfunction traceLogin(username, success) {\n  debug('login attempt for %o %s', String(username).replace(/[\\r\\n]/g, ''), success ? 'ok' : 'failed');\n}\n\nmodule.exports = { traceLogin };\n",
  "wave": 2
 },
 {
  "name": "js2_log_payment",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 117,
  "code": "const { logger } = require('./logger');\n\n/**\n * Record a declined payment. `holderName` is the card holder name as the\n * customer entered it at checkout.\n */\nfunction recordDeclined(orderId, holderName, reason) {\n  logger.error(`payment declined for order ${orderId}, holder ${holderName}: ${reason}`);\n}\n\nmodule.exports = { recordDeclined };\n",
  "wave": 2
 },
 {
  "name": "js2_log_payment",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 117,
  "code": "const { logger } = require('./logger');\n\n/**\n * Record a declined payment. `holderName` is the card holder name as the\n * customer entered it at checkout.\n */\nfunction recordDeclined(orderId, holderName, reason) {\n  const holder = String(holderName).replace(/[\\r\\n\\u2028\\u2029]/g, ' ');\n  logger.error(`payment declined for order ${orderId}, holder ${holder}: ${reason}`);\n}\n\nmodule.exports = { recordDeclined };\n",
  "wave": 2
 },
 {
  "name": "js2_hdr_express_set",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 113,
  "code": "/**\n * Express helper: expose the original name of an uploaded file (as the\n * uploader chose it) to the client in a custom header.\n */\nfunction exposeOriginalName(res, originalName) {\n  res.set('X-Original-Filename', originalName);\n  res.set('Access-Control-Expose-Headers', 'X-Original-Filename');\n}\n\nmodule.exports = { exposeOriginalName };\n",
  "wave": 2
 },
 {
  "name": "js2_hdr_express_set",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 113,
  "code": "/**\n * Express helper: expose the original name of an uploaded file (as the\n * uploader chose it) to the client in a custom header.\n */\nfunction exposeOriginalName(res, originalName) {\n  res.set('X-Original-Filename', encodeURIComponent(originalName));\n  res.set('Access-Control-Expose-Headers', 'X-Original-Filename');\n}\n\nmodule.exports = { exposeOriginalName };\n",
  "wave": 2
 },
 {
  "name": "js2_hdr_koa_disposition",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 113,
  "code": "/**\n * Koa helper that marks the response as a download with the report title\n * the user gave the report.\n */\nexport function asDownload(ctx, reportTitle) {\n  ctx.set('Content-Disposition', `attachment; filename=\"${reportTitle}.pdf\"`);\n  ctx.type = 'application/pdf';\n}\n",
  "wave": 2
 },
 {
  "name": "js2_hdr_koa_disposition",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 113,
  "code": "/**\n * Koa helper that marks the response as a download with the report title\n * the user gave the report.\n */\nexport function asDownload(ctx, reportTitle) {\n  const safe = String(reportTitle).replace(/[^\\w .-]/g, '_');\n  ctx.set('Content-Disposition', `attachment; filename=\"${safe}.pdf\"`);\n  ctx.type = 'application/pdf';\n}\n",
  "wave": 2
 },
 {
  "name": "js2_hdr_location",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 113,
  "code": "/**\n * After saving a profile, point the client at it. `username` is the name\n * the user registered with.\n */\nfunction sendCreated(res, username) {\n  res.statusCode = 201;\n  res.setHeader('Location', '/profiles/' + username);\n  res.end();\n}\n\nmodule.exports = { sendCreated };\n",
  "wave": 2
 },
 {
  "name": "js2_hdr_location",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 113,
  "code": "/**\n * After saving a profile, point the client at it. `username` is the name\n * the user registered with.\n */\nfunction sendCreated(res, username) {\n  res.statusCode = 201;\n  res.setHeader('Location', '/profiles/' + encodeURIComponent(username));\n  res.end();\n}\n\nmodule.exports = { sendCreated };\n",
  "wave": 2
 },
 {
  "name": "js2_redos_search_method",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 1333,
  "code": "/**\n * Position of the first match of the user's search expression in a document.\n */\nfunction findFirst(documentText, searchExpr) {\n  return documentText.search(searchExpr);\n}\n\nmodule.exports = { findFirst };\n",
  "wave": 2
 },
 {
  "name": "js2_redos_search_method",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 1333,
  "code": "/**\n * Position of the first occurrence of the user's search text in a document.\n */\nfunction findFirst(documentText, searchText) {\n  return documentText.indexOf(String(searchText));\n}\n\nmodule.exports = { findFirst };\n",
  "wave": 2
 },
 {
  "name": "js2_redos_fullname",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 1333,
  "code": "/**\n * Validate the full name field of the registration form.\n */\nfunction isValidFullName(fullName) {\n  return /^([A-Za-z]+\\s?)*$/.test(fullName);\n}\n\nmodule.exports = { isValidFullName };\n",
  "wave": 2
 },
 {
  "name": "js2_redos_fullname",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 1333,
  "code": "/**\n * Validate the full name field of the registration form.\n */\nfunction isValidFullName(fullName) {\n  return typeof fullName === 'string' && fullName.length <= 100 && /^[A-Za-z]+(?: [A-Za-z]+)*$/.test(fullName);\n}\n\nmodule.exports = { isValidFullName };\n",
  "wave": 2
 },
 {
  "name": "js2_alloc_buffer",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 400,
  "code": "const fs = require('fs');\n\n/**\n * Read `length` bytes of a stored blob starting at `offset`; both numbers\n * come from the Range request the client sent.\n */\nfunction readRange(fd, offset, length) {\n  const buf = Buffer.alloc(length);\n  fs.readSync(fd, buf, 0, length, offset);\n  return buf;\n}\n\nmodule.exports = { readRange };\n",
  "wave": 2
 },
 {
  "name": "js2_alloc_buffer",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 400,
  "code": "const fs = require('fs');\n\nconst MAX_RANGE = 8 * 1024 * 1024;\n\n/**\n * Read `length` bytes of a stored blob starting at `offset`; both numbers\n * come from the Range request the client sent.\n */\nfunction readRange(fd, offset, length) {\n  if (!Number.isInteger(length) || length < 0 || length > MAX_RANGE) {\n    throw new RangeError('range too large');\n  }\n  const buf = Buffer.alloc(length);\n  fs.readSync(fd, buf, 0, length, offset);\n  return buf;\n}\n\nmodule.exports = { readRange };\n",
  "wave": 2
 },
 {
  "name": "js2_val_email_indexof",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 20,
  "code": "/**\n * Only employees may create an account: check the email address entered in\n * the sign-up form.\n */\nfunction isCompanyEmail(email) {\n  return email.indexOf('@example.com') !== -1;\n}\n\nmodule.exports = { isCompanyEmail };\n",
  "wave": 2
 },
 {
  "name": "js2_val_email_indexof",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 20,
  "code": "/**\n * Only employees may create an account: check the email address entered in\n * the sign-up form.\n */\nfunction isCompanyEmail(email) {\n  const at = email.lastIndexOf('@');\n  return at > 0 && email.indexOf('@') === at && email.slice(at + 1).toLowerCase() === 'example.com';\n}\n\nmodule.exports = { isCompanyEmail };\n",
  "wave": 2
 },
 {
  "name": "js2_val_referer",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 20,
  "code": "/**\n * CSRF defence for form posts: accept the request only when the Referer\n * header shows it came from our own site.\n */\nfunction refererAllowed(referer) {\n  return typeof referer === 'string' && referer.startsWith('https://app.example.com');\n}\n\nmodule.exports = { refererAllowed };\n",
  "wave": 2
 },
 {
  "name": "js2_val_referer",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 20,
  "code": "/**\n * CSRF defence for form posts: accept the request only when the Referer\n * header shows it came from our own site.\n */\nfunction refererAllowed(referer) {\n  try {\n    return new URL(referer).origin === 'https://app.example.com';\n  } catch {\n    return false;\n  }\n}\n\nmodule.exports = { refererAllowed };\n",
  "wave": 2
 },
 {
  "name": "js2_path_sendfile",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "code": "const path = require('path');\n\nconst PUBLIC_DIR = path.join(__dirname, 'public');\n\n/**\n * Express helper: send a static asset whose name came from the URL.\n */\nfunction sendAsset(res, assetName) {\n  res.sendFile(path.join(PUBLIC_DIR, assetName));\n}\n\nmodule.exports = { sendAsset };\n",
  "wave": 2
 },
 {
  "name": "js2_path_sendfile",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 22,
  "code": "const path = require('path');\n\nconst PUBLIC_DIR = path.join(__dirname, 'public');\n\n/**\n * Express helper: send a static asset whose name came from the URL.\n */\nfunction sendAsset(res, assetName) {\n  res.sendFile(assetName, { root: PUBLIC_DIR, dotfiles: 'deny' });\n}\n\nmodule.exports = { sendAsset };\n",
  "wave": 2
 },
 {
  "name": "js2_path_readdir",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "code": "const fs = require('fs');\nconst path = require('path');\n\nconst HOMES = '/srv/homes';\n\n/**\n * List the files in a user's home folder; `username` is the account name\n * from the admin search box.\n */\nfunction listHome(username) {\n  return fs.readdirSync(path.join(HOMES, username)).filter((f) => !f.startsWith('.'));\n}\n\nmodule.exports = { listHome };\n",
  "wave": 2
 },
 {
  "name": "js2_path_readdir",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 22,
  "code": "const fs = require('fs');\nconst path = require('path');\n\nconst HOMES = '/srv/homes';\n\n/**\n * List the files in a user's home folder; `username` is the account name\n * from the admin search box.\n */\nfunction listHome(username) {\n  if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(username)) {\n    throw new Error('invalid user name');\n  }\n  return fs.readdirSync(path.join(HOMES, username)).filter((f) => !f.startsWith('.'));\n}\n\nmodule.exports = { listHome };\n",
  "wave": 2
 },
 {
  "name": "js2_path_extract",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "code": "const fs = require('fs');\nconst path = require('path');\nconst AdmZip = require('adm-zip');\n\n/**\n * Unpack a theme archive a user uploaded into the themes folder.\n */\nfunction installTheme(zipPath, themesDir) {\n  const zip = new AdmZip(zipPath);\n  for (const entry of zip.getEntries()) {\n    if (entry.isDirectory) continue;\n    const target = path.join(themesDir, entry.entryName);\n    fs.mkdirSync(path.dirname(target), { recursive: true });\n    fs.writeFileSync(target, entry.getData());\n  }\n}\n\nmodule.exports = { installTheme };\n",
  "wave": 2
 },
 {
  "name": "js2_path_extract",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 22,
  "code": "const fs = require('fs');\nconst path = require('path');\nconst AdmZip = require('adm-zip');\n\n/**\n * Unpack a theme archive a user uploaded into the themes folder.\n */\nfunction installTheme(zipPath, themesDir) {\n  const zip = new AdmZip(zipPath);\n  const root = path.resolve(themesDir);\n  for (const entry of zip.getEntries()) {\n    if (entry.isDirectory) continue;\n    const target = path.resolve(root, entry.entryName);\n    if (!target.startsWith(root + path.sep)) {\n      throw new Error(`archive entry escapes the themes folder: ${entry.entryName}`);\n    }\n    fs.mkdirSync(path.dirname(target), { recursive: true });\n    fs.writeFileSync(target, entry.getData());\n  }\n}\n\nmodule.exports = { installTheme };\n",
  "wave": 2
 },
 {
  "name": "go2_pw_sha512_loop",
  "kind": "vuln",
  "lang": "go",
  "cwe": 916,
  "code": "package auth\n\nimport (\n\t\"crypto/sha512\"\n\t\"encoding/base64\"\n)\n\n// StretchPassword hashes a password for storage by applying SHA-512 many\n// times with the account's salt.\nfunc StretchPassword(password string, salt []byte) string {\n\tsum := sha512.Sum512(append(salt, []byte(password)...))\n\tfor i := 0; i < 1000; i++ {\n\t\tsum = sha512.Sum512(sum[:])\n\t}\n\treturn base64.StdEncoding.EncodeToString(sum[:])\n}\n",
  "wave": 2
 },
 {
  "name": "go2_pw_sha512_loop",
  "kind": "safe",
  "lang": "go",
  "cwe": 916,
  "code": "package auth\n\nimport (\n\t\"encoding/base64\"\n\n\t\"golang.org/x/crypto/argon2\"\n)\n\n// StretchPassword hashes a password for storage with Argon2id and the\n// account's (random, per-user) salt.\nfunc StretchPassword(password string, salt []byte) string {\n\tkey := argon2.IDKey([]byte(password), salt, 3, 64*1024, 2, 32)\n\treturn base64.StdEncoding.EncodeToString(key)\n}\n",
  "wave": 2
 },
 {
  "name": "go2_pw_hmac_pepper",
  "kind": "vuln",
  "lang": "go",
  "cwe": 916,
  "code": "package accounts\n\nimport (\n\t\"crypto/hmac\"\n\t\"crypto/sha256\"\n\t\"encoding/hex\"\n\t\"os\"\n)\n\n// PasswordDigest is what the accounts table stores for a password.\nfunc PasswordDigest(password string) string {\n\tmac := hmac.New(sha256.New, []byte(os.Getenv(\"PASSWORD_PEPPER\")))\n\tmac.Write([]byte(password))\n\treturn hex.EncodeToString(mac.Sum(nil))\n}\n",
  "wave": 2
 },
 {
  "name": "go2_pw_hmac_pepper",
  "kind": "safe",
  "lang": "go",
  "cwe": 916,
  "code": "package accounts\n\nimport \"golang.org/x/crypto/bcrypt\"\n\n// PasswordDigest is what the accounts table stores for a password.\nfunc PasswordDigest(password string) (string, error) {\n\th, err := bcrypt.GenerateFromPassword([]byte(password), 12)\n\treturn string(h), err\n}\n",
  "wave": 2
 },
 {
  "name": "go2_scrypt_low",
  "kind": "vuln",
  "lang": "go",
  "cwe": 916,
  "code": "package vault\n\nimport \"golang.org/x/crypto/scrypt\"\n\n// MasterKey derives the vault key from the master password the user chose.\nfunc MasterKey(masterPassword string, salt []byte) ([]byte, error) {\n\treturn scrypt.Key([]byte(masterPassword), salt, 1024, 8, 1, 32)\n}\n",
  "wave": 2
 },
 {
  "name": "go2_scrypt_low",
  "kind": "safe",
  "lang": "go",
  "cwe": 916,
  "code": "package vault\n\nimport \"golang.org/x/crypto/scrypt\"\n\n// MasterKey derives the vault key from the master password the user chose.\nfunc MasterKey(masterPassword string, salt []byte) ([]byte, error) {\n\treturn scrypt.Key([]byte(masterPassword), salt, 1<<15, 8, 1, 32)\n}\n",
  "wave": 2
 },
 {
  "name": "go2_rsa_1024",
  "kind": "vuln",
  "lang": "go",
  "cwe": 326,
  "code": "package devices\n\nimport (\n\t\"crypto/rand\"\n\t\"crypto/rsa\"\n)\n\n// NewSigningKey creates the key a device signs its uploads with.\nfunc NewSigningKey() (*rsa.PrivateKey, error) {\n\treturn rsa.GenerateKey(rand.Reader, 1024)\n}\n",
  "wave": 2
 },
 {
  "name": "go2_rsa_1024",
  "kind": "safe",
  "lang": "go",
  "cwe": 326,
  "code": "package devices\n\nimport (\n\t\"crypto/rand\"\n\t\"crypto/rsa\"\n)\n\n// NewSigningKey creates the key a device signs its uploads with.\nfunc NewSigningKey() (*rsa.PrivateKey, error) {\n\treturn rsa.GenerateKey(rand.Reader, 3072)\n}\n",
  "wave": 2
 },
 {
  "name": "go2_rc4_cookie",
  "kind": "vuln",
  "lang": "go",
  "cwe": 327,
  "code": "package session\n\nimport (\n\t\"crypto/rc4\"\n\t\"encoding/base64\"\n)\n\n// SealCookie encrypts the session payload before it is set as a cookie.\nfunc SealCookie(key, payload []byte) (string, error) {\n\tc, err := rc4.NewCipher(key)\n\tif err != nil {\n\t\treturn \"\", err\n\t}\n\tout := make([]byte, len(payload))\n\tc.XORKeyStream(out, payload)\n\treturn base64.RawURLEncoding.EncodeToString(out), nil\n}\n",
  "wave": 2
 },
 {
  "name": "go2_rc4_cookie",
  "kind": "safe",
  "lang": "go",
  "cwe": 327,
  "code": "package session\n\nimport (\n\t\"crypto/rand\"\n\t\"encoding/base64\"\n\n\t\"golang.org/x/crypto/chacha20poly1305\"\n)\n\n// SealCookie encrypts the session payload before it is set as a cookie.\nfunc SealCookie(key, payload []byte) (string, error) {\n\taead, err := chacha20poly1305.NewX(key)\n\tif err != nil {\n\t\treturn \"\", err\n\t}\n\tnonce := make([]byte, aead.NonceSize())\n\tif _, err := rand.Read(nonce); err != nil {\n\t\treturn \"\", err\n\t}\n\treturn base64.RawURLEncoding.EncodeToString(aead.Seal(nonce, nonce, payload, nil)), nil\n}\n",
  "wave": 2
 },
 {
  "name": "go2_aes_ecb_blocks",
  "kind": "vuln",
  "lang": "go",
  "cwe": 327,
  "code": "package tokens\n\nimport \"crypto/aes\"\n\n// EncryptID encrypts a 16-byte record id so it can be shown to clients.\nfunc EncryptID(key []byte, id [16]byte) ([]byte, error) {\n\tblock, err := aes.NewCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tout := make([]byte, aes.BlockSize)\n\tblock.Encrypt(out, id[:])\n\treturn out, nil\n}\n",
  "wave": 2
 },
 {
  "name": "go2_aes_ecb_blocks",
  "kind": "safe",
  "lang": "go",
  "cwe": 327,
  "code": "package tokens\n\nimport (\n\t\"crypto/aes\"\n\t\"crypto/cipher\"\n\t\"crypto/rand\"\n)\n\n// EncryptID encrypts a 16-byte record id so it can be shown to clients.\nfunc EncryptID(key []byte, id [16]byte) ([]byte, error) {\n\tblock, err := aes.NewCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tgcm, err := cipher.NewGCM(block)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tnonce := make([]byte, gcm.NonceSize())\n\tif _, err := rand.Read(nonce); err != nil {\n\t\treturn nil, err\n\t}\n\treturn gcm.Seal(nonce, nonce, id[:], nil), nil\n}\n",
  "wave": 2
 },
 {
  "name": "go2_md5_update_integrity",
  "kind": "vuln",
  "lang": "go",
  "cwe": 328,
  "code": "package updater\n\nimport (\n\t\"crypto/md5\"\n\t\"encoding/hex\"\n\t\"errors\"\n\t\"io\"\n\t\"os\"\n)\n\n// VerifyUpdate checks a downloaded update package against the checksum\n// published in the signed release manifest before it is installed.\nfunc VerifyUpdate(path, expected string) error {\n\tf, err := os.Open(path)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer f.Close()\n\th := md5.New()\n\tif _, err := io.Copy(h, f); err != nil {\n\t\treturn err\n\t}\n\tif hex.EncodeToString(h.Sum(nil)) != expected {\n\t\treturn errors.New(\"update package integrity check failed\")\n\t}\n\treturn nil\n}\n",
  "wave": 2
 },
 {
  "name": "go2_md5_update_integrity",
  "kind": "safe",
  "lang": "go",
  "cwe": 328,
  "code": "package updater\n\nimport (\n\t\"crypto/sha256\"\n\t\"crypto/subtle\"\n\t\"encoding/hex\"\n\t\"errors\"\n\t\"io\"\n\t\"os\"\n)\n\n// VerifyUpdate checks a downloaded update package against the checksum\n// published in the signed release manifest before it is installed.\nfunc VerifyUpdate(path, expected string) error {\n\tf, err := os.Open(path)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer f.Close()\n\th := sha256.New()\n\tif _, err := io.Copy(h, f); err != nil {\n\t\treturn err\n\t}\n\tif subtle.ConstantTimeCompare([]byte(hex.EncodeToString(h.Sum(nil))), []byte(expected)) != 1 {\n\t\treturn errors.New(\"update package integrity check failed\")\n\t}\n\treturn nil\n}\n",
  "wave": 2
 },
 {
  "name": "go2_ssrf_client_avatar",
  "kind": "vuln",
  "lang": "go",
  "cwe": 918,
  "code": "package profiles\n\nimport (\n\t\"io\"\n\t\"net/http\"\n\t\"time\"\n)\n\nvar httpClient = &http.Client{Timeout: 10 * time.Second}\n\n// FetchAvatar downloads the avatar from the personal site the user entered\n// in their profile (siteHost, e.g. \"alice.example.org\").\nfunc FetchAvatar(siteHost string) ([]byte, error) {\n\tresp, err := httpClient.Get(\"https://\" + siteHost + \"/avatar.png\")\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer resp.Body.Close()\n\treturn io.ReadAll(io.LimitReader(resp.Body, 2<<20))\n}\n",
  "wave": 2
 },
 {
  "name": "go2_ssrf_client_avatar",
  "kind": "safe",
  "lang": "go",
  "cwe": 918,
  "code": "package profiles\n\nimport (\n\t\"context\"\n\t\"errors\"\n\t\"io\"\n\t\"net\"\n\t\"net/http\"\n\t\"syscall\"\n\t\"time\"\n)\n\n// refuse connections to loopback, private and link-local addresses\nvar httpClient = &http.Client{\n\tTimeout: 10 * time.Second,\n\tTransport: &http.Transport{DialContext: (&net.Dialer{Control: func(network, address string, c syscall.RawConn) error {\n\t\thost, _, err := net.SplitHostPort(address)\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tip := net.ParseIP(host)\n\t\tif ip == nil || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsUnspecified() {\n\t\t\treturn errors.New(\"address not allowed\")\n\t\t}\n\t\treturn nil\n\t}}).DialContext},\n}\n\n// FetchAvatar downloads the avatar from the personal site the user entered\n// in their profile (siteHost, e.g. \"alice.example.org\").\nfunc FetchAvatar(ctx context.Context, siteHost string) ([]byte, error) {\n\treq, err := http.NewRequestWithContext(ctx, http.MethodGet, \"https://\"+siteHost+\"/avatar.png\", nil)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tresp, err := httpClient.Do(req)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer resp.Body.Close()\n\treturn io.ReadAll(io.LimitReader(resp.Body, 2<<20))\n}\n",
  "wave": 2
 },
 {
  "name": "go2_ssrf_reverse_proxy",
  "kind": "vuln",
  "lang": "go",
  "cwe": 918,
  "code": "package gateway\n\nimport (\n\t\"net/http\"\n\t\"net/http/httputil\"\n\t\"net/url\"\n)\n\n// ProxyFor returns a reverse proxy to the backend address the tenant\n// configured in the admin console.\nfunc ProxyFor(backend string) (http.Handler, error) {\n\ttarget, err := url.Parse(backend)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn httputil.NewSingleHostReverseProxy(target), nil\n}\n",
  "wave": 2
 },
 {
  "name": "go2_ssrf_reverse_proxy",
  "kind": "safe",
  "lang": "go",
  "cwe": 918,
  "code": "package gateway\n\nimport (\n\t\"errors\"\n\t\"net/http\"\n\t\"net/http/httputil\"\n\t\"net/url\"\n\t\"strings\"\n)\n\n// ProxyFor returns a reverse proxy to the backend address the tenant\n// configured in the admin console.\nfunc ProxyFor(backend string) (http.Handler, error) {\n\ttarget, err := url.Parse(backend)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tif target.Scheme != \"https\" || !strings.HasSuffix(target.Hostname(), \".backends.example.com\") {\n\t\treturn nil, errors.New(\"backend not allowed\")\n\t}\n\treturn httputil.NewSingleHostReverseProxy(target), nil\n}\n",
  "wave": 2
 },
 {
  "name": "go2_ssrf_return_concat",
  "kind": "vuln",
  "lang": "go",
  "cwe": 918,
  "code": "package discovery\n\n// ServiceURL returns the address the scheduler will call for a job. service\n// and path are fields of the job definition the customer submitted.\nfunc ServiceURL(service, path string) string {\n\treturn \"http://\" + service + \".svc.cluster.local:8080/\" + path\n}\n",
  "wave": 2
 },
 {
  "name": "go2_ssrf_return_concat",
  "kind": "safe",
  "lang": "go",
  "cwe": 918,
  "code": "package discovery\n\nimport (\n\t\"errors\"\n\t\"net/url\"\n\t\"regexp\"\n)\n\nvar serviceName = regexp.MustCompile(`^[a-z][a-z0-9-]{0,40}$`)\n\n// ServiceURL returns the address the scheduler will call for a job. service\n// and path are fields of the job definition the customer submitted.\nfunc ServiceURL(service, path string) (string, error) {\n\tif !serviceName.MatchString(service) {\n\t\treturn \"\", errors.New(\"invalid service name\")\n\t}\n\treturn \"http://\" + service + \".svc.cluster.local:8080/\" + url.PathEscape(path), nil\n}\n",
  "wave": 2
 },
 {
  "name": "go2_xss_template_html",
  "kind": "vuln",
  "lang": "go",
  "cwe": 79,
  "code": "package profile\n\nimport (\n\t\"html/template\"\n\t\"io\"\n)\n\nvar page = template.Must(template.New(\"p\").Parse(`<div class=\"bio\">{{.Bio}}</div>`))\n\n// RenderBio writes the \"about me\" text the user wrote on their profile.\nfunc RenderBio(w io.Writer, bio string) error {\n\treturn page.Execute(w, map[string]any{\"Bio\": template.HTML(bio)})\n}\n",
  "wave": 2
 },
 {
  "name": "go2_xss_template_html",
  "kind": "safe",
  "lang": "go",
  "cwe": 79,
  "code": "package profile\n\nimport (\n\t\"html/template\"\n\t\"io\"\n)\n\nvar page = template.Must(template.New(\"p\").Parse(`<div class=\"bio\">{{.Bio}}</div>`))\n\n// RenderBio writes the \"about me\" text the user wrote on their profile.\nfunc RenderBio(w io.Writer, bio string) error {\n\treturn page.Execute(w, map[string]any{\"Bio\": bio})\n}\n",
  "wave": 2
 },
 {
  "name": "go2_xss_write_bytes",
  "kind": "vuln",
  "lang": "go",
  "cwe": 79,
  "code": "package web\n\nimport \"net/http\"\n\n// Flash writes a one-line HTML notice containing the message the previous\n// form submission produced (it echoes the submitted title).\nfunc Flash(w http.ResponseWriter, title string) {\n\tw.Header().Set(\"Content-Type\", \"text/html; charset=utf-8\")\n\tw.Write([]byte(\"<div class=\\\"flash\\\">Saved \\\"\" + title + \"\\\"</div>\"))\n}\n",
  "wave": 2
 },
 {
  "name": "go2_xss_write_bytes",
  "kind": "safe",
  "lang": "go",
  "cwe": 79,
  "code": "package web\n\nimport (\n\t\"html\"\n\t\"net/http\"\n)\n\n// Flash writes a one-line HTML notice containing the message the previous\n// form submission produced (it echoes the submitted title).\nfunc Flash(w http.ResponseWriter, title string) {\n\tw.Header().Set(\"Content-Type\", \"text/html; charset=utf-8\")\n\tw.Write([]byte(\"<div class=\\\"flash\\\">Saved \\\"\" + html.EscapeString(title) + \"\\\"</div>\"))\n}\n",
  "wave": 2
 },
 {
  "name": "go2_xss_email_body",
  "kind": "vuln",
  "lang": "go",
  "cwe": 79,
  "code": "package mailer\n\nimport (\n\t\"fmt\"\n\t\"net/smtp\"\n)\n\n// SendInvite mails an HTML invitation; inviter and note are what the\n// inviting user typed in the invite dialog.\nfunc SendInvite(addr, to, inviter, note string) error {\n\tbody := fmt.Sprintf(\"<p>%s invited you to the workspace.</p><blockquote>%s</blockquote>\", inviter, note)\n\tmsg := \"To: \" + to + \"\\r\\nSubject: Invitation\\r\\nContent-Type: text/html; charset=utf-8\\r\\n\\r\\n\" + body\n\treturn smtp.SendMail(addr, nil, \"noreply@example.com\", []string{to}, []byte(msg))\n}\n",
  "wave": 2
 },
 {
  "name": "go2_xss_email_body",
  "kind": "safe",
  "lang": "go",
  "cwe": 79,
  "code": "package mailer\n\nimport (\n\t\"bytes\"\n\t\"errors\"\n\t\"html/template\"\n\t\"net/mail\"\n\t\"net/smtp\"\n)\n\nvar inviteTmpl = template.Must(template.New(\"i\").Parse(`<p>{{.Inviter}} invited you to the workspace.</p><blockquote>{{.Note}}</blockquote>`))\n\n// SendInvite mails an HTML invitation; inviter and note are what the\n// inviting user typed in the invite dialog.\nfunc SendInvite(addr, to, inviter, note string) error {\n\trcpt, err := mail.ParseAddress(to)\n\tif err != nil {\n\t\treturn errors.New(\"invalid recipient\")\n\t}\n\tvar body bytes.Buffer\n\tif err := inviteTmpl.Execute(&body, map[string]string{\"Inviter\": inviter, \"Note\": note}); err != nil {\n\t\treturn err\n\t}\n\tmsg := \"To: \" + rcpt.Address + \"\\r\\nSubject: Invitation\\r\\nContent-Type: text/html; charset=utf-8\\r\\n\\r\\n\" + body.String()\n\treturn smtp.SendMail(addr, nil, \"noreply@example.com\", []string{rcpt.Address}, []byte(msg))\n}\n",
  "wave": 2
 },
 {
  "name": "go2_log_zap_sugar",
  "kind": "vuln",
  "lang": "go",
  "cwe": 117,
  "code": "package accounts\n\nimport \"go.uber.org/zap\"\n\ntype Service struct {\n\tsugar *zap.SugaredLogger\n}\n\n// ChangeEmail records that a user changed their address; newEmail is the\n// address the user entered in the settings page.\nfunc (s *Service) ChangeEmail(userID int64, newEmail string) {\n\ts.sugar.Infof(\"user %d changed email to %s\", userID, newEmail)\n}\n",
  "wave": 2
 },
 {
  "name": "go2_log_zap_sugar",
  "kind": "safe",
  "lang": "go",
  "cwe": 117,
  "code": "package accounts\n\nimport \"go.uber.org/zap\"\n\ntype Service struct {\n\tsugar *zap.SugaredLogger\n}\n\n// ChangeEmail records that a user changed their address; newEmail is the\n// address the user entered in the settings page.\nfunc (s *Service) ChangeEmail(userID int64, newEmail string) {\n\ts.sugar.Infow(\"user changed email\", \"user_id\", userID, \"email\", newEmail)\n}\n",
  "wave": 2
 },
 {
  "name": "go2_log_struct_logger",
  "kind": "vuln",
  "lang": "go",
  "cwe": 117,
  "code": "package orders\n\nimport \"log\"\n\ntype Handler struct {\n\tlog *log.Logger\n}\n\n// AddNote stores a delivery note and logs it; note is the text the\n// customer typed at checkout.\nfunc (h *Handler) AddNote(orderID string, note string) {\n\th.log.Printf(\"order %s: delivery note %s\", orderID, note)\n}\n",
  "wave": 2
 },
 {
  "name": "go2_log_struct_logger",
  "kind": "safe",
  "lang": "go",
  "cwe": 117,
  "code": "package orders\n\nimport \"log\"\n\ntype Handler struct {\n\tlog *log.Logger\n}\n\n// AddNote stores a delivery note and logs it; note is the text the\n// customer typed at checkout.\nfunc (h *Handler) AddNote(orderID string, note string) {\n\th.log.Printf(\"order %q: delivery note %q\", orderID, note)\n}\n",
  "wave": 2
 },
 {
  "name": "go2_log_println",
  "kind": "vuln",
  "lang": "go",
  "cwe": 117,
  "code": "package chat\n\nimport \"log\"\n\n// Moderate logs a chat message a player sent that tripped the word filter.\nfunc Moderate(player, message string) {\n\tlog.Println(\"filtered message from\", player+\":\", message)\n}\n",
  "wave": 2
 },
 {
  "name": "go2_log_println",
  "kind": "safe",
  "lang": "go",
  "cwe": 117,
  "code": "package chat\n\nimport (\n\t\"log\"\n\t\"strconv\"\n)\n\n// Moderate logs a chat message a player sent that tripped the word filter.\nfunc Moderate(player, message string) {\n\tlog.Println(\"filtered message from\", strconv.Quote(player)+\":\", strconv.Quote(message))\n}\n",
  "wave": 2
 },
 {
  "name": "go2_hdr_gin",
  "kind": "vuln",
  "lang": "go",
  "cwe": 113,
  "code": "package export\n\nimport \"github.com/gin-gonic/gin\"\n\n// AttachName names the export file after the title the user gave the report.\nfunc AttachName(c *gin.Context, title string) {\n\tc.Header(\"Content-Disposition\", \"attachment; filename=\\\"\"+title+\".csv\\\"\")\n}\n",
  "wave": 2
 },
 {
  "name": "go2_hdr_gin",
  "kind": "safe",
  "lang": "go",
  "cwe": 113,
  "code": "package export\n\nimport (\n\t\"mime\"\n\n\t\"github.com/gin-gonic/gin\"\n)\n\n// AttachName names the export file after the title the user gave the report.\nfunc AttachName(c *gin.Context, title string) {\n\tc.Header(\"Content-Disposition\", mime.FormatMediaType(\"attachment\", map[string]string{\"filename\": title + \".csv\"}))\n}\n",
  "wave": 2
 },
 {
  "name": "go2_hdr_header_value",
  "kind": "vuln",
  "lang": "go",
  "cwe": 113,
  "code": "package assets\n\nimport \"net/http\"\n\n// PreloadHeaders returns the response headers that tell the browser to\n// preload the stylesheet a site owner configured for their page.\nfunc PreloadHeaders(stylesheet string) http.Header {\n\th := http.Header{}\n\th.Set(\"Link\", \"<\"+stylesheet+\">; rel=preload; as=style\")\n\th.Set(\"Cache-Control\", \"public, max-age=300\")\n\treturn h\n}\n",
  "wave": 2
 },
 {
  "name": "go2_hdr_header_value",
  "kind": "safe",
  "lang": "go",
  "cwe": 113,
  "code": "package assets\n\nimport (\n\t\"net/http\"\n\t\"net/url\"\n)\n\n// PreloadHeaders returns the response headers that tell the browser to\n// preload the stylesheet a site owner configured for their page.\nfunc PreloadHeaders(stylesheet string) (http.Header, error) {\n\tu, err := url.Parse(stylesheet)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\th := http.Header{}\n\th.Set(\"Link\", \"<\"+u.String()+\">; rel=preload; as=style\")\n\th.Set(\"Cache-Control\", \"public, max-age=300\")\n\treturn h, nil\n}\n",
  "wave": 2
 },
 {
  "name": "go2_hdr_setcookie_sprintf",
  "kind": "vuln",
  "lang": "go",
  "cwe": 113,
  "code": "package i18n\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\n// SaveLanguage keeps the language the visitor selected in a cookie.\nfunc SaveLanguage(w http.ResponseWriter, lang string) {\n\tw.Header().Set(\"Set-Cookie\", fmt.Sprintf(\"lang=%s; Path=/; Max-Age=31536000\", lang))\n}\n",
  "wave": 2
 },
 {
  "name": "go2_hdr_setcookie_sprintf",
  "kind": "safe",
  "lang": "go",
  "cwe": 113,
  "code": "package i18n\n\nimport (\n\t\"net/http\"\n\n\t\"golang.org/x/text/language\"\n)\n\n// SaveLanguage keeps the language the visitor selected in a cookie.\nfunc SaveLanguage(w http.ResponseWriter, lang string) {\n\ttag, err := language.Parse(lang)\n\tif err != nil {\n\t\ttag = language.English\n\t}\n\thttp.SetCookie(w, &http.Cookie{Name: \"lang\", Value: tag.String(), Path: \"/\", MaxAge: 31536000, Secure: true, HttpOnly: true})\n}\n",
  "wave": 2
 },
 {
  "name": "go2_regex_posix",
  "kind": "vuln",
  "lang": "go",
  "cwe": 400,
  "code": "package mailfilter\n\nimport \"regexp\"\n\n// CompileRule compiles the filter expression a user saved for their inbox.\nfunc CompileRule(expr string) (*regexp.Regexp, error) {\n\treturn regexp.CompilePOSIX(expr)\n}\n",
  "wave": 2
 },
 {
  "name": "go2_regex_posix",
  "kind": "safe",
  "lang": "go",
  "cwe": 400,
  "code": "package mailfilter\n\nimport (\n\t\"errors\"\n\t\"regexp\"\n)\n\n// CompileRule compiles the filter text a user saved for their inbox; it\n// matches the text literally.\nfunc CompileRule(text string) (*regexp.Regexp, error) {\n\tif len(text) > 200 {\n\t\treturn nil, errors.New(\"filter too long\")\n\t}\n\treturn regexp.CompilePOSIX(regexp.QuoteMeta(text))\n}\n",
  "wave": 2
 },
 {
  "name": "go2_alloc_atoi",
  "kind": "vuln",
  "lang": "go",
  "cwe": 400,
  "code": "package thumbs\n\nimport (\n\t\"image\"\n\t\"strconv\"\n)\n\n// NewCanvas allocates a canvas of the width and height the client asked for\n// (query parameters w and h, as strings).\nfunc NewCanvas(wStr, hStr string) (*image.RGBA, error) {\n\tw, err := strconv.Atoi(wStr)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\th, err := strconv.Atoi(hStr)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn image.NewRGBA(image.Rect(0, 0, w, h)), nil\n}\n",
  "wave": 2
 },
 {
  "name": "go2_alloc_atoi",
  "kind": "safe",
  "lang": "go",
  "cwe": 400,
  "code": "package thumbs\n\nimport (\n\t\"errors\"\n\t\"image\"\n\t\"strconv\"\n)\n\nconst maxSide = 4096\n\n// NewCanvas allocates a canvas of the width and height the client asked for\n// (query parameters w and h, as strings).\nfunc NewCanvas(wStr, hStr string) (*image.RGBA, error) {\n\tw, err := strconv.Atoi(wStr)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\th, err := strconv.Atoi(hStr)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tif w <= 0 || h <= 0 || w > maxSide || h > maxSide {\n\t\treturn nil, errors.New(\"canvas size out of range\")\n\t}\n\treturn image.NewRGBA(image.Rect(0, 0, w, h)), nil\n}\n",
  "wave": 2
 },
 {
  "name": "go2_val_email_contains",
  "kind": "vuln",
  "lang": "go",
  "cwe": 20,
  "code": "package signup\n\nimport \"strings\"\n\n// IsStaffEmail restricts sign-up to staff addresses; email is the address\n// entered in the form.\nfunc IsStaffEmail(email string) bool {\n\treturn strings.Contains(email, \"@example.com\")\n}\n",
  "wave": 2
 },
 {
  "name": "go2_val_email_contains",
  "kind": "safe",
  "lang": "go",
  "cwe": 20,
  "code": "package signup\n\nimport (\n\t\"net/mail\"\n\t\"strings\"\n)\n\n// IsStaffEmail restricts sign-up to staff addresses; email is the address\n// entered in the form.\nfunc IsStaffEmail(email string) bool {\n\ta, err := mail.ParseAddress(email)\n\tif err != nil {\n\t\treturn false\n\t}\n\tat := strings.LastIndex(a.Address, \"@\")\n\treturn at > 0 && strings.EqualFold(a.Address[at+1:], \"example.com\")\n}\n",
  "wave": 2
 },
 {
  "name": "go2_val_referer_suffix",
  "kind": "vuln",
  "lang": "go",
  "cwe": 20,
  "code": "package csrf\n\nimport (\n\t\"net/url\"\n\t\"strings\"\n)\n\n// SameSite reports whether a form post came from one of our pages, judged by\n// the Referer header.\nfunc SameSite(referer string) bool {\n\tu, err := url.Parse(referer)\n\tif err != nil {\n\t\treturn false\n\t}\n\treturn strings.HasSuffix(u.Host, \"example.com\")\n}\n",
  "wave": 2
 },
 {
  "name": "go2_val_referer_suffix",
  "kind": "safe",
  "lang": "go",
  "cwe": 20,
  "code": "package csrf\n\nimport (\n\t\"net/url\"\n\t\"strings\"\n)\n\n// SameSite reports whether a form post came from one of our pages, judged by\n// the Referer header.\nfunc SameSite(referer string) bool {\n\tu, err := url.Parse(referer)\n\tif err != nil {\n\t\treturn false\n\t}\n\th := u.Hostname()\n\treturn u.Scheme == \"https\" && (h == \"example.com\" || strings.HasSuffix(h, \".example.com\"))\n}\n",
  "wave": 2
 },
 {
  "name": "go2_path_servefile",
  "kind": "vuln",
  "lang": "go",
  "cwe": 22,
  "code": "package static\n\nimport (\n\t\"net/http\"\n\t\"path/filepath\"\n)\n\nconst staticDir = \"/srv/static\"\n\n// ServeAsset sends the asset whose name is the last segment of the URL.\nfunc ServeAsset(w http.ResponseWriter, r *http.Request, name string) {\n\thttp.ServeFile(w, r, filepath.Join(staticDir, name))\n}\n",
  "wave": 2
 },
 {
  "name": "go2_path_servefile",
  "kind": "safe",
  "lang": "go",
  "cwe": 22,
  "code": "package static\n\nimport (\n\t\"net/http\"\n\t\"path/filepath\"\n)\n\nconst staticDir = \"/srv/static\"\n\n// ServeAsset sends the asset whose name is the last segment of the URL.\nfunc ServeAsset(w http.ResponseWriter, r *http.Request, name string) {\n\tif !filepath.IsLocal(name) {\n\t\thttp.Error(w, \"bad name\", http.StatusBadRequest)\n\t\treturn\n\t}\n\thttp.ServeFile(w, r, filepath.Join(staticDir, name))\n}\n",
  "wave": 2
 },
 {
  "name": "go2_path_zip",
  "kind": "vuln",
  "lang": "go",
  "cwe": 22,
  "code": "package themes\n\nimport (\n\t\"archive/zip\"\n\t\"io\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\n// Install unpacks a theme archive a user uploaded into dest.\nfunc Install(archive, dest string) error {\n\tzr, err := zip.OpenReader(archive)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer zr.Close()\n\tfor _, f := range zr.File {\n\t\ttarget := filepath.Join(dest, f.Name)\n\t\tif f.FileInfo().IsDir() {\n\t\t\tos.MkdirAll(target, 0o755)\n\t\t\tcontinue\n\t\t}\n\t\trc, err := f.Open()\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tout, err := os.Create(target)\n\t\tif err != nil {\n\t\t\trc.Close()\n\t\t\treturn err\n\t\t}\n\t\t_, err = io.Copy(out, io.LimitReader(rc, 10<<20))\n\t\tout.Close()\n\t\trc.Close()\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t}\n\treturn nil\n}\n",
  "wave": 2
 },
 {
  "name": "go2_path_zip",
  "kind": "safe",
  "lang": "go",
  "cwe": 22,
  "code": "package themes\n\nimport (\n\t\"archive/zip\"\n\t\"errors\"\n\t\"io\"\n\t\"os\"\n\t\"path/filepath\"\n\t\"strings\"\n)\n\n// Install unpacks a theme archive a user uploaded into dest.\nfunc Install(archive, dest string) error {\n\tzr, err := zip.OpenReader(archive)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer zr.Close()\n\troot := filepath.Clean(dest) + string(os.PathSeparator)\n\tfor _, f := range zr.File {\n\t\ttarget := filepath.Join(dest, f.Name)\n\t\tif !strings.HasPrefix(target, root) {\n\t\t\treturn errors.New(\"archive entry escapes the destination\")\n\t\t}\n\t\tif f.FileInfo().IsDir() {\n\t\t\tos.MkdirAll(target, 0o755)\n\t\t\tcontinue\n\t\t}\n\t\trc, err := f.Open()\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tout, err := os.Create(target)\n\t\tif err != nil {\n\t\t\trc.Close()\n\t\t\treturn err\n\t\t}\n\t\t_, err = io.Copy(out, io.LimitReader(rc, 10<<20))\n\t\tout.Close()\n\t\trc.Close()\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t}\n\treturn nil\n}\n",
  "wave": 2
 },
 {
  "name": "go2_path_create_report",
  "kind": "vuln",
  "lang": "go",
  "cwe": 22,
  "code": "package reports\n\nimport (\n\t\"encoding/csv\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nconst reportsDir = \"/var/reports\"\n\n// WriteReport writes a CSV report named after the report name the user chose.\nfunc WriteReport(reportName string, rows [][]string) error {\n\tf, err := os.Create(filepath.Join(reportsDir, reportName+\".csv\"))\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer f.Close()\n\treturn csv.NewWriter(f).WriteAll(rows)\n}\n",
  "wave": 2
 },
 {
  "name": "go2_path_create_report",
  "kind": "safe",
  "lang": "go",
  "cwe": 22,
  "code": "package reports\n\nimport (\n\t\"encoding/csv\"\n\t\"errors\"\n\t\"os\"\n\t\"regexp\"\n\t\"path/filepath\"\n)\n\nconst reportsDir = \"/var/reports\"\n\nvar reportName = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)\n\n// WriteReport writes a CSV report named after the report name the user chose.\nfunc WriteReport(name string, rows [][]string) error {\n\tif !reportName.MatchString(name) {\n\t\treturn errors.New(\"invalid report name\")\n\t}\n\tf, err := os.Create(filepath.Join(reportsDir, name+\".csv\"))\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer f.Close()\n\treturn csv.NewWriter(f).WriteAll(rows)\n}\n",
  "wave": 2
 },
 {
  "name": "js3_pw_webcrypto",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 916,
  "code": "/**\n * Browser + server shared helper: hash the password before it is sent and\n * stored, so the plain password never leaves the page.\n */\nexport async function hashPasswordForStorage(password) {\n  const data = new TextEncoder().encode(password);\n  const digest = await crypto.subtle.digest('SHA-256', data);\n  return Array.from(new Uint8Array(digest)).map((b) => b.toString(16).padStart(2, '0')).join('');\n}\n",
  "wave": 3
 },
 {
  "name": "js3_pw_webcrypto",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 916,
  "code": "/**\n * Derive the stored password verifier with PBKDF2 and a random salt.\n */\nexport async function hashPasswordForStorage(password) {\n  const salt = crypto.getRandomValues(new Uint8Array(16));\n  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);\n  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', salt, iterations: 600000, hash: 'SHA-256' }, key, 256);\n  const hex = (a) => Array.from(a).map((b) => b.toString(16).padStart(2, '0')).join('');\n  return `${hex(salt)}:${hex(new Uint8Array(bits))}`;\n}\n",
  "wave": 3
 },
 {
  "name": "js3_ssrf_axios_create",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 918,
  "code": "const axios = require('axios');\n\n/**\n * API client for the region the user selected in the console\n * (for example \"eu-west\").\n */\nfunction regionClient(region) {\n  return axios.create({ baseURL: `https://${region}.api.example.com`, timeout: 5000 });\n}\n\nasync function regionStatus(region) {\n  const client = regionClient(region);\n  return (await client.get('/v1/status')).data;\n}\n\nmodule.exports = { regionStatus };\n",
  "wave": 3
 },
 {
  "name": "js3_ssrf_axios_create",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 918,
  "code": "const axios = require('axios');\n\nconst REGIONS = new Set(['eu-west', 'us-east', 'ap-south']);\n\n/**\n * API client for the region the user selected in the console\n * (for example \"eu-west\").\n */\nfunction regionClient(region) {\n  if (!REGIONS.has(region)) throw new Error('unknown region');\n  return axios.create({ baseURL: `https://${region}.api.example.com`, timeout: 5000 });\n}\n\nasync function regionStatus(region) {\n  const client = regionClient(region);\n  return (await client.get('/v1/status')).data;\n}\n\nmodule.exports = { regionStatus };\n",
  "wave": 3
 },
 {
  "name": "js3_xss_link",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 79,
  "code": "/**\n * Render a link a member shared in the forum.\n * @param {{url: string, label: string}} link\n */\nfunction sharedLinkHtml(link) {\n  return `<a class=\"shared\" href=\"${link.url}\" rel=\"nofollow\">${link.label}</a>`;\n}\n\nmodule.exports = { sharedLinkHtml };\n",
  "wave": 3
 },
 {
  "name": "js3_xss_link",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 79,
  "code": "const escapeHtml = require('escape-html');\n\n/**\n * Render a link a member shared in the forum.\n * @param {{url: string, label: string}} link\n */\nfunction sharedLinkHtml(link) {\n  let href = '#';\n  try {\n    const u = new URL(link.url);\n    if (u.protocol === 'https:' || u.protocol === 'http:') href = u.href;\n  } catch { /* keep # */ }\n  return `<a class=\"shared\" href=\"${escapeHtml(href)}\" rel=\"nofollow\">${escapeHtml(link.label)}</a>`;\n}\n\nmodule.exports = { sharedLinkHtml };\n",
  "wave": 3
 },
 {
  "name": "js3_log_upload",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 117,
  "code": "/**\n * Called when an upload is rejected; `fileName` is the name the user's\n * browser sent with the upload.\n */\nfunction onUploadRejected(fileName, reason) {\n  console.error('upload rejected: ' + fileName + ' (' + reason + ')');\n}\n\nmodule.exports = { onUploadRejected };\n",
  "wave": 3
 },
 {
  "name": "js3_log_upload",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 117,
  "code": "/**\n * Called when an upload is rejected; `fileName` is the name the user's\n * browser sent with the upload.\n */\nfunction onUploadRejected(fileName, reason) {\n  console.error('upload rejected: %s (%s)', JSON.stringify(fileName), reason);\n}\n\nmodule.exports = { onUploadRejected };\n",
  "wave": 3
 },
 {
  "name": "js3_hdr_fastify",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 113,
  "code": "/**\n * Fastify hook helper: pass the display name the user chose on to the\n * upstream cache in a response header.\n */\nfunction tagResponse(reply, displayName) {\n  reply.header('X-Display-Name', displayName);\n  return reply;\n}\n\nmodule.exports = { tagResponse };\n",
  "wave": 3
 },
 {
  "name": "js3_hdr_fastify",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 113,
  "code": "/**\n * Fastify hook helper: pass the display name the user chose on to the\n * upstream cache in a response header.\n */\nfunction tagResponse(reply, displayName) {\n  reply.header('X-Display-Name', encodeURIComponent(displayName));\n  return reply;\n}\n\nmodule.exports = { tagResponse };\n",
  "wave": 3
 },
 {
  "name": "js3_redos_split",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 1333,
  "code": "/**\n * Split a pasted CSV-like text on the separator the user typed in the\n * import dialog.\n */\nfunction splitFields(line, separator) {\n  return line.split(new RegExp(separator));\n}\n\nmodule.exports = { splitFields };\n",
  "wave": 3
 },
 {
  "name": "js3_redos_split",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 1333,
  "code": "/**\n * Split a pasted CSV-like text on the separator the user typed in the\n * import dialog.\n */\nfunction splitFields(line, separator) {\n  return line.split(String(separator));\n}\n\nmodule.exports = { splitFields };\n",
  "wave": 3
 },
 {
  "name": "js3_path_template_file",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "code": "import { readFile } from 'node:fs/promises';\n\nconst TEMPLATES = '/app/templates';\n\n/**\n * Load the e-mail template the campaign author picked by name.\n */\nexport async function loadTemplate(templateName) {\n  return readFile(`${TEMPLATES}/${templateName}.html`, 'utf8');\n}\n",
  "wave": 3
 },
 {
  "name": "js3_path_template_file",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 22,
  "code": "import { readFile } from 'node:fs/promises';\n\nconst TEMPLATES = '/app/templates';\nconst KNOWN = new Set(['welcome', 'reset', 'newsletter']);\n\n/**\n * Load the e-mail template the campaign author picked by name.\n */\nexport async function loadTemplate(templateName) {\n  if (!KNOWN.has(templateName)) throw new Error('unknown template');\n  return readFile(`${TEMPLATES}/${templateName}.html`, 'utf8');\n}\n",
  "wave": 3
 },
 {
  "name": "js3_val_origin_regex",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 20,
  "code": "/**\n * Allow cross-origin requests from our own front-ends only.\n */\nfunction isAllowedOrigin(origin) {\n  return /https:\\/\\/([a-z0-9-]+\\.)?example\\.com/.test(origin);\n}\n\nmodule.exports = { isAllowedOrigin };\n",
  "wave": 3
 },
 {
  "name": "js3_val_origin_regex",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 20,
  "code": "/**\n * Allow cross-origin requests from our own front-ends only.\n */\nfunction isAllowedOrigin(origin) {\n  return /^https:\\/\\/([a-z0-9-]+\\.)?example\\.com$/.test(origin);\n}\n\nmodule.exports = { isAllowedOrigin };\n",
  "wave": 3
 },
 {
  "name": "go3_pw_sha256_pw",
  "kind": "vuln",
  "lang": "go",
  "cwe": 916,
  "code": "package members\n\nimport (\n\t\"crypto/sha256\"\n\t\"encoding/hex\"\n)\n\nconst pepper = \"9f2c1e\"\n\n// StoredHash returns the value kept in the members table for a new\n// member's password pw.\nfunc StoredHash(pw string) string {\n\tsum := sha256.Sum256([]byte(pepper + pw))\n\treturn hex.EncodeToString(sum[:])\n}\n",
  "wave": 3
 },
 {
  "name": "go3_pw_sha256_pw",
  "kind": "safe",
  "lang": "go",
  "cwe": 916,
  "code": "package members\n\nimport \"golang.org/x/crypto/bcrypt\"\n\n// StoredHash returns the value kept in the members table for a new\n// member's password pw.\nfunc StoredHash(pw string) (string, error) {\n\th, err := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)\n\treturn string(h), err\n}\n",
  "wave": 3
 },
 {
  "name": "go3_ssrf_feed",
  "kind": "vuln",
  "lang": "go",
  "cwe": 918,
  "code": "package feeds\n\nimport (\n\t\"context\"\n\t\"io\"\n\t\"net/http\"\n)\n\n// FetchFeed downloads the RSS feed a user subscribed to (feedURL is the\n// address they pasted in the \"add feed\" box).\nfunc FetchFeed(ctx context.Context, feedURL string) ([]byte, error) {\n\treq, err := http.NewRequestWithContext(ctx, http.MethodGet, feedURL, nil)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tresp, err := http.DefaultClient.Do(req)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer resp.Body.Close()\n\treturn io.ReadAll(io.LimitReader(resp.Body, 5<<20))\n}\n",
  "wave": 3
 },
 {
  "name": "go3_ssrf_feed",
  "kind": "safe",
  "lang": "go",
  "cwe": 918,
  "code": "package feeds\n\nimport (\n\t\"context\"\n\t\"errors\"\n\t\"io\"\n\t\"net\"\n\t\"net/http\"\n\t\"net/url\"\n)\n\n// FetchFeed downloads the RSS feed a user subscribed to (feedURL is the\n// address they pasted in the \"add feed\" box).\nfunc FetchFeed(ctx context.Context, feedURL string) ([]byte, error) {\n\tu, err := url.Parse(feedURL)\n\tif err != nil || (u.Scheme != \"https\" && u.Scheme != \"http\") {\n\t\treturn nil, errors.New(\"invalid feed URL\")\n\t}\n\tips, err := net.DefaultResolver.LookupIPAddr(ctx, u.Hostname())\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tfor _, ip := range ips {\n\t\tif ip.IP.IsLoopback() || ip.IP.IsPrivate() || ip.IP.IsLinkLocalUnicast() {\n\t\t\treturn nil, errors.New(\"feed host not allowed\")\n\t\t}\n\t}\n\treq, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tresp, err := http.DefaultClient.Do(req)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer resp.Body.Close()\n\treturn io.ReadAll(io.LimitReader(resp.Body, 5<<20))\n}\n",
  "wave": 3
 },
 {
  "name": "go3_xss_writestring",
  "kind": "vuln",
  "lang": "go",
  "cwe": 79,
  "code": "package cart\n\nimport \"io\"\n\n// WriteItems writes the cart as HTML list items; names are the item names\n// the shopper added (free text for custom engravings).\nfunc WriteItems(w io.Writer, names []string) error {\n\tfor _, n := range names {\n\t\tif _, err := io.WriteString(w, \"<li class=\\\"item\\\">\"+n+\"</li>\\n\"); err != nil {\n\t\t\treturn err\n\t\t}\n\t}\n\treturn nil\n}\n",
  "wave": 3
 },
 {
  "name": "go3_xss_writestring",
  "kind": "safe",
  "lang": "go",
  "cwe": 79,
  "code": "package cart\n\nimport (\n\t\"html\"\n\t\"io\"\n)\n\n// WriteItems writes the cart as HTML list items; names are the item names\n// the shopper added (free text for custom engravings).\nfunc WriteItems(w io.Writer, names []string) error {\n\tfor _, n := range names {\n\t\tif _, err := io.WriteString(w, \"<li class=\\\"item\\\">\"+html.EscapeString(n)+\"</li>\\n\"); err != nil {\n\t\t\treturn err\n\t\t}\n\t}\n\treturn nil\n}\n",
  "wave": 3
 },
 {
  "name": "go3_log_slog_sprintf",
  "kind": "vuln",
  "lang": "go",
  "cwe": 117,
  "code": "package coupons\n\nimport (\n\t\"fmt\"\n\t\"log/slog\"\n)\n\n// Reject logs a coupon code the shopper entered that does not exist.\nfunc Reject(code string) {\n\tslog.Warn(fmt.Sprintf(\"unknown coupon %s\", code))\n}\n",
  "wave": 3
 },
 {
  "name": "go3_log_slog_sprintf",
  "kind": "safe",
  "lang": "go",
  "cwe": 117,
  "code": "package coupons\n\nimport \"log/slog\"\n\n// Reject logs a coupon code the shopper entered that does not exist.\nfunc Reject(code string) {\n\tslog.Warn(\"unknown coupon\", slog.String(\"code\", code))\n}\n",
  "wave": 3
 },
 {
  "name": "go3_hdr_header_index",
  "kind": "vuln",
  "lang": "go",
  "cwe": 113,
  "code": "package tracing\n\nimport \"net/http\"\n\n// MarkSource records in the response which client app made the request;\n// source is the app name the client sent.\nfunc MarkSource(w http.ResponseWriter, source string) {\n\tw.Header()[\"X-Request-Source\"] = []string{source}\n}\n",
  "wave": 3
 },
 {
  "name": "go3_hdr_header_index",
  "kind": "safe",
  "lang": "go",
  "cwe": 113,
  "code": "package tracing\n\nimport (\n\t\"net/http\"\n\t\"strings\"\n)\n\n// MarkSource records in the response which client app made the request;\n// source is the app name the client sent.\nfunc MarkSource(w http.ResponseWriter, source string) {\n\tif strings.ContainsAny(source, \"\\r\\n\") {\n\t\treturn\n\t}\n\tw.Header()[\"X-Request-Source\"] = []string{source}\n}\n",
  "wave": 3
 },
 {
  "name": "go3_regex_match_bytes",
  "kind": "vuln",
  "lang": "go",
  "cwe": 400,
  "code": "package scanner\n\nimport \"regexp\"\n\n// Scan reports whether the uploaded document matches the detection pattern\n// the customer wrote in their DLP policy.\nfunc Scan(pattern string, doc []byte) (bool, error) {\n\treturn regexp.Match(pattern, doc)\n}\n",
  "wave": 3
 },
 {
  "name": "go3_regex_match_bytes",
  "kind": "safe",
  "lang": "go",
  "cwe": 400,
  "code": "package scanner\n\nimport (\n\t\"bytes\"\n)\n\n// Scan reports whether the uploaded document contains the keyword the\n// customer wrote in their DLP policy.\nfunc Scan(keyword string, doc []byte) (bool, error) {\n\treturn bytes.Contains(doc, []byte(keyword)), nil\n}\n",
  "wave": 3
 },
 {
  "name": "go3_path_clean_relative",
  "kind": "vuln",
  "lang": "go",
  "cwe": 22,
  "code": "package attachments\n\nimport (\n\t\"os\"\n\t\"path/filepath\"\n)\n\nconst attachmentsDir = \"/var/lib/mail/attachments\"\n\n// Open returns an attachment by the file name given in the message the\n// sender composed.\nfunc Open(name string) (*os.File, error) {\n\treturn os.Open(filepath.Join(attachmentsDir, filepath.Clean(name)))\n}\n",
  "wave": 3
 },
 {
  "name": "go3_path_clean_relative",
  "kind": "safe",
  "lang": "go",
  "cwe": 22,
  "code": "package attachments\n\nimport (\n\t\"os\"\n\t\"path/filepath\"\n)\n\nconst attachmentsDir = \"/var/lib/mail/attachments\"\n\n// Open returns an attachment by the file name given in the message the\n// sender composed.\nfunc Open(name string) (*os.File, error) {\n\treturn os.Open(filepath.Join(attachmentsDir, filepath.Clean(\"/\"+name)))\n}\n",
  "wave": 3
 },
 {
  "name": "js4_pw_two_updates",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 916,
  "code": "const crypto = require('crypto');\n\n/** Change a member's password: store the salted SHA-1 of the new one. */\nasync function changePassword(db, memberId, newPassword) {\n  const salt = crypto.randomBytes(8).toString('hex');\n  const hasher = crypto.createHash('sha1');\n  hasher.update(salt);\n  hasher.update(newPassword);\n  await db.update('members', memberId, { salt, hash: hasher.digest('hex') });\n}\n\nmodule.exports = { changePassword };\n",
  "wave": 4
 },
 {
  "name": "js4_pw_two_updates",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 916,
  "code": "const crypto = require('crypto');\nconst { promisify } = require('util');\n\nconst scrypt = promisify(crypto.scrypt);\n\n/** Change a member's password: store a salted scrypt hash of the new one. */\nasync function changePassword(db, memberId, newPassword) {\n  const salt = crypto.randomBytes(16).toString('hex');\n  const key = await scrypt(newPassword, salt, 64);\n  await db.update('members', memberId, { salt, hash: key.toString('hex') });\n}\n\nmodule.exports = { changePassword };\n",
  "wave": 4
 },
 {
  "name": "js4_ssrf_got_json",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 918,
  "code": "const got = require('got');\n\n/**\n * Load the avatar manifest of a member's own site; `profileHost` is the\n * domain the member entered on their profile page.\n */\nasync function avatarManifest(profileHost) {\n  return got(`https://${profileHost}/.well-known/avatar.json`, { timeout: { request: 3000 } }).json();\n}\n\nmodule.exports = { avatarManifest };\n",
  "wave": 4
 },
 {
  "name": "js4_ssrf_got_json",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 918,
  "code": "const got = require('got');\n\n/**\n * Load the avatar manifest of a member's own site; `profileHost` is the\n * domain the member entered on their profile page.\n */\nasync function avatarManifest(profileHost) {\n  if (!/^(?!-)[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63})+$/i.test(profileHost) || /^(localhost|\\d+\\.\\d+\\.\\d+\\.\\d+)$/i.test(profileHost)) {\n    throw new Error('invalid host');\n  }\n  return got(`https://${profileHost}/.well-known/avatar.json`, { timeout: { request: 3000 } }).json();\n}\n\nmodule.exports = { avatarManifest };\n",
  "wave": 4
 },
 {
  "name": "js4_xss_res_write",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "code": "/**\n * Stream the reading list page; `items` are the titles the user saved.\n */\nfunction writeReadingList(res, items) {\n  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });\n  res.write('<ul>');\n  for (const item of items) {\n    res.write('<li>' + item.title + '</li>');\n  }\n  res.end('</ul>');\n}\n\nmodule.exports = { writeReadingList };\n",
  "wave": 4
 },
 {
  "name": "js4_xss_res_write",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 79,
  "code": "const escapeHtml = require('escape-html');\n\n/**\n * Stream the reading list page; `items` are the titles the user saved.\n */\nfunction writeReadingList(res, items) {\n  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });\n  res.write('<ul>');\n  for (const item of items) {\n    res.write('<li>' + escapeHtml(item.title) + '</li>');\n  }\n  res.end('</ul>');\n}\n\nmodule.exports = { writeReadingList };\n",
  "wave": 4
 },
 {
  "name": "js4_log_this_logger",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 117,
  "code": "class ReferralService {\n  constructor(logger) {\n    this.logger = logger;\n  }\n\n  /** Check a referral code the visitor entered at sign-up. */\n  check(code) {\n    if (!/^[A-Z0-9]{8}$/.test(code)) {\n      this.logger.warn(`suspicious referral code ${code}`);\n      return false;\n    }\n    return true;\n  }\n}\n\nmodule.exports = ReferralService;\n",
  "wave": 4
 },
 {
  "name": "js4_log_this_logger",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 117,
  "code": "class ReferralService {\n  constructor(logger) {\n    this.logger = logger;\n  }\n\n  /** Check a referral code the visitor entered at sign-up. */\n  check(code) {\n    if (!/^[A-Z0-9]{8}$/.test(code)) {\n      this.logger.warn({ code: String(code).slice(0, 64) }, 'suspicious referral code');\n      return false;\n    }\n    return true;\n  }\n}\n\nmodule.exports = ReferralService;\n",
  "wave": 4
 },
 {
  "name": "js4_hdr_cookie_array",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 113,
  "code": "/**\n * Start a session and remember the locale the user selected.\n */\nfunction startSession(res, sessionId, locale) {\n  res.setHeader('Set-Cookie', [\n    `sid=${sessionId}; HttpOnly; Secure; SameSite=Lax; Path=/`,\n    `locale=${locale}; Path=/; Max-Age=31536000`,\n  ]);\n}\n\nmodule.exports = { startSession };\n",
  "wave": 4
 },
 {
  "name": "js4_hdr_cookie_array",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 113,
  "code": "const LOCALES = new Set(['en', 'de', 'fr', 'ja']);\n\n/**\n * Start a session and remember the locale the user selected.\n */\nfunction startSession(res, sessionId, locale) {\n  if (!/^[A-Za-z0-9_-]{16,128}$/.test(sessionId)) throw new Error('invalid session id');\n  const loc = LOCALES.has(locale) ? locale : 'en';\n  res.setHeader('Set-Cookie', [\n    `sid=${sessionId}; HttpOnly; Secure; SameSite=Lax; Path=/`,\n    `locale=${loc}; Path=/; Max-Age=31536000`,\n  ]);\n}\n\nmodule.exports = { startSession };\n",
  "wave": 4
 },
 {
  "name": "js4_path_unlink_cb",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "code": "const fs = require('fs');\nconst path = require('path');\n\nconst CACHE_DIR = '/var/cache/app';\n\n/**\n * Drop a cached entry; `key` is the cache key the client sent.\n */\nfunction dropCached(key, cb) {\n  fs.unlink(path.join(CACHE_DIR, key + '.json'), cb);\n}\n\nmodule.exports = { dropCached };\n",
  "wave": 4
 },
 {
  "name": "js4_path_unlink_cb",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 22,
  "code": "const fs = require('fs');\nconst path = require('path');\n\nconst CACHE_DIR = '/var/cache/app';\n\n/**\n * Drop a cached entry; `key` is the cache key the client sent.\n */\nfunction dropCached(key, cb) {\n  if (!/^[a-f0-9]{32}$/.test(key)) return cb(new Error('invalid key'));\n  fs.unlink(path.join(CACHE_DIR, key + '.json'), cb);\n}\n\nmodule.exports = { dropCached };\n",
  "wave": 4
 },
 {
  "name": "go4_pw_writestring",
  "kind": "vuln",
  "lang": "go",
  "cwe": 916,
  "code": "package auth\n\nimport (\n\t\"crypto/sha1\"\n\t\"encoding/hex\"\n\t\"io\"\n)\n\n// Digest returns the stored digest of a user's password.\nfunc Digest(password string) string {\n\th := sha1.New()\n\tio.WriteString(h, password)\n\treturn hex.EncodeToString(h.Sum(nil))\n}\n",
  "wave": 4
 },
 {
  "name": "go4_pw_writestring",
  "kind": "safe",
  "lang": "go",
  "cwe": 916,
  "code": "package auth\n\nimport \"golang.org/x/crypto/bcrypt\"\n\n// Digest returns the stored digest of a user's password.\nfunc Digest(password string) (string, error) {\n\th, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)\n\treturn string(h), err\n}\n",
  "wave": 4
 },
 {
  "name": "go4_ssrf_defaultclient",
  "kind": "vuln",
  "lang": "go",
  "cwe": 918,
  "code": "package preview\n\nimport (\n\t\"io\"\n\t\"net/http\"\n)\n\n// Title fetches the page a user submitted for a link preview (target is\n// the URL they pasted) and returns its first 64 KiB.\nfunc Title(target string) ([]byte, error) {\n\tresp, err := http.DefaultClient.Get(target)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer resp.Body.Close()\n\treturn io.ReadAll(io.LimitReader(resp.Body, 64<<10))\n}\n",
  "wave": 4
 },
 {
  "name": "go4_ssrf_defaultclient",
  "kind": "safe",
  "lang": "go",
  "cwe": 918,
  "code": "package preview\n\nimport (\n\t\"errors\"\n\t\"io\"\n\t\"net/http\"\n\t\"net/url\"\n)\n\nvar allowedHosts = map[string]bool{\"www.youtube.com\": true, \"github.com\": true}\n\n// Title fetches the page a user submitted for a link preview (target is\n// the URL they pasted) and returns its first 64 KiB.\nfunc Title(target string) ([]byte, error) {\n\tu, err := url.Parse(target)\n\tif err != nil || u.Scheme != \"https\" || !allowedHosts[u.Hostname()] {\n\t\treturn nil, errors.New(\"preview host not allowed\")\n\t}\n\tresp, err := http.DefaultClient.Get(u.String())\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer resp.Body.Close()\n\treturn io.ReadAll(io.LimitReader(resp.Body, 64<<10))\n}\n",
  "wave": 4
 },
 {
  "name": "go4_xss_raw_literal",
  "kind": "vuln",
  "lang": "go",
  "cwe": 79,
  "code": "package forum\n\nimport \"fmt\"\n\n// LinkHTML renders a link a member shared: url and label as they posted them.\nfunc LinkHTML(url, label string) string {\n\treturn fmt.Sprintf(`<a href=\"%s\" rel=\"nofollow\">%s</a>`, url, label)\n}\n",
  "wave": 4
 },
 {
  "name": "go4_xss_raw_literal",
  "kind": "safe",
  "lang": "go",
  "cwe": 79,
  "code": "package forum\n\nimport (\n\t\"fmt\"\n\t\"html\"\n\t\"net/url\"\n)\n\n// LinkHTML renders a link a member shared: url and label as they posted them.\nfunc LinkHTML(link, label string) string {\n\tu, err := url.Parse(link)\n\tif err != nil || (u.Scheme != \"https\" && u.Scheme != \"http\") {\n\t\tlink = \"#\"\n\t}\n\treturn fmt.Sprintf(`<a href=\"%s\" rel=\"nofollow\">%s</a>`, html.EscapeString(link), html.EscapeString(label))\n}\n",
  "wave": 4
 },
 {
  "name": "go4_log_logrus_chain",
  "kind": "vuln",
  "lang": "go",
  "cwe": 117,
  "code": "package auth\n\nimport \"github.com/sirupsen/logrus\"\n\n// Blocked logs a login blocked by the rate limiter; user is the login name\n// the client sent.\nfunc Blocked(ip, user string) {\n\tlogrus.WithField(\"ip\", ip).Warnf(\"blocked login for %s\", user)\n}\n",
  "wave": 4
 },
 {
  "name": "go4_log_logrus_chain",
  "kind": "safe",
  "lang": "go",
  "cwe": 117,
  "code": "package auth\n\nimport \"github.com/sirupsen/logrus\"\n\n// Blocked logs a login blocked by the rate limiter; user is the login name\n// the client sent.\nfunc Blocked(ip, user string) {\n\tlogrus.WithFields(logrus.Fields{\"ip\": ip, \"user\": user}).Warn(\"blocked login\")\n}\n",
  "wave": 4
 },
 {
  "name": "go4_hdr_echo",
  "kind": "vuln",
  "lang": "go",
  "cwe": 113,
  "code": "package tenancy\n\nimport \"github.com/labstack/echo/v4\"\n\n// EchoTenant copies the tenant name the client sent into a response header.\nfunc EchoTenant(c echo.Context, tenant string) {\n\tc.Response().Header().Set(\"X-Tenant\", tenant)\n}\n",
  "wave": 4
 },
 {
  "name": "go4_hdr_echo",
  "kind": "safe",
  "lang": "go",
  "cwe": 113,
  "code": "package tenancy\n\nimport (\n\t\"regexp\"\n\n\t\"github.com/labstack/echo/v4\"\n)\n\nvar tenantName = regexp.MustCompile(`^[a-z0-9-]{1,32}$`)\n\n// EchoTenant copies the tenant name the client sent into a response header.\nfunc EchoTenant(c echo.Context, tenant string) {\n\tif !tenantName.MatchString(tenant) {\n\t\treturn\n\t}\n\tc.Response().Header().Set(\"X-Tenant\", tenant)\n}\n",
  "wave": 4
 },
 {
  "name": "go4_path_readdir",
  "kind": "vuln",
  "lang": "go",
  "cwe": 22,
  "code": "package browser\n\nimport (\n\t\"os\"\n\t\"path/filepath\"\n)\n\nconst shareRoot = \"/srv/share\"\n\n// List returns the entries of the folder the user opened in the file browser.\nfunc List(folder string) ([]os.DirEntry, error) {\n\treturn os.ReadDir(filepath.Join(shareRoot, folder))\n}\n",
  "wave": 4
 },
 {
  "name": "go4_path_readdir",
  "kind": "safe",
  "lang": "go",
  "cwe": 22,
  "code": "package browser\n\nimport (\n\t\"errors\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nconst shareRoot = \"/srv/share\"\n\n// List returns the entries of the folder the user opened in the file browser.\nfunc List(folder string) ([]os.DirEntry, error) {\n\tif folder != \"\" && !filepath.IsLocal(folder) {\n\t\treturn nil, errors.New(\"invalid folder\")\n\t}\n\treturn os.ReadDir(filepath.Join(shareRoot, folder))\n}\n",
  "wave": 4
 }
];

describeProbes('round 14 library-function probes (JavaScript/TypeScript, Go)', PROBES);
