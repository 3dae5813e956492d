// Round 18 (breadth: sensitive data exposure): CWE classes the analyzer had no rules for, in
// Python, JavaScript/TypeScript, Java and Go (PHP for error details): sensitive values written to logs
// (CWE-532), passwords / card data stored in clear in files, cookies, configuration and database rows
// (CWE-312 / 315 / 256), user records, secrets and the environment returned to clients (CWE-200), and
// error details sent to clients in Go and PHP (CWE-209). Each vulnerable program has a safe twin (the
// usual fix), plus look-alikes that touch the same APIs and names innocently (the word "password" in a
// message, token_count, a theme cookie, a DTO, a 400 for bad JSON). Each wave was written and saved before
// the analyzer ran on it; see "Round 18 (sensitive data exposure)" in code-rules/README.md for the numbers.
import { describeProbes, type Probe } from './code-probes.js';

const PROBES: Probe[] = [
 {
  "name": "log-py-flask-login-fstring",
  "kind": "vuln",
  "lang": "python",
  "cwe": 532,
  "code": "import logging\nfrom flask import Flask, request, jsonify\nfrom werkzeug.security import check_password_hash\nfrom .db import find_user\n\napp = Flask(__name__)\nlogger = logging.getLogger(__name__)\n\n@app.post(\"/login\")\ndef login():\n    username = request.form.get(\"username\", \"\")\n    password = request.form.get(\"password\", \"\")\n    logger.info(f\"Login attempt: username={username} password={password}\")\n    user = find_user(username)\n    if user is None or not check_password_hash(user.password_hash, password):\n        return jsonify(error=\"invalid credentials\"), 401\n    return jsonify(ok=True)\n",
  "wave": 1
 },
 {
  "name": "log-py-flask-login-fstring",
  "kind": "safe",
  "lang": "python",
  "cwe": 532,
  "code": "import logging\nfrom flask import Flask, request, jsonify\nfrom werkzeug.security import check_password_hash\nfrom .db import find_user\n\napp = Flask(__name__)\nlogger = logging.getLogger(__name__)\n\n@app.post(\"/login\")\ndef login():\n    username = request.form.get(\"username\", \"\")\n    password = request.form.get(\"password\", \"\")\n    logger.info(\"Login attempt: username=%s\", username)\n    user = find_user(username)\n    if user is None or not check_password_hash(user.password_hash, password):\n        logger.warning(\"Invalid password for username=%s\", username)\n        return jsonify(error=\"invalid credentials\"), 401\n    return jsonify(ok=True)\n",
  "wave": 1
 },
 {
  "name": "log-py-print-api-key",
  "kind": "vuln",
  "lang": "python",
  "cwe": 532,
  "code": "import os\nimport sys\nimport requests\n\nAPI_URL = \"https://api.weather.example.com/v1/forecast\"\n\ndef main():\n    api_key = os.environ.get(\"WEATHER_API_KEY\")\n    if not api_key:\n        sys.exit(\"WEATHER_API_KEY is not set\")\n    print(\"Using API key:\", api_key)\n    city = sys.argv[1] if len(sys.argv) > 1 else \"Berlin\"\n    r = requests.get(API_URL, params={\"q\": city}, headers={\"X-Api-Key\": api_key}, timeout=10)\n    r.raise_for_status()\n    print(r.json()[\"summary\"])\n\nif __name__ == \"__main__\":\n    main()\n",
  "wave": 1
 },
 {
  "name": "log-py-print-api-key",
  "kind": "safe",
  "lang": "python",
  "cwe": 532,
  "code": "import os\nimport sys\nimport requests\n\nAPI_URL = \"https://api.weather.example.com/v1/forecast\"\n\ndef main():\n    api_key = os.environ.get(\"WEATHER_API_KEY\")\n    if not api_key:\n        sys.exit(\"WEATHER_API_KEY is not set\")\n    print(\"Using API key ending in\", api_key[-4:])\n    city = sys.argv[1] if len(sys.argv) > 1 else \"Berlin\"\n    r = requests.get(API_URL, params={\"q\": city}, headers={\"X-Api-Key\": api_key}, timeout=10)\n    r.raise_for_status()\n    print(r.json()[\"summary\"])\n\nif __name__ == \"__main__\":\n    main()\n",
  "wave": 1
 },
 {
  "name": "log-py-oauth-token",
  "kind": "vuln",
  "lang": "python",
  "cwe": 532,
  "code": "import logging\nimport requests\n\nlog = logging.getLogger(\"oauth\")\nTOKEN_URL = \"https://auth.example.com/oauth/token\"\n\ndef exchange_code(code: str, client_id: str, client_secret: str, redirect_uri: str) -> dict:\n    resp = requests.post(TOKEN_URL, data={\n        \"grant_type\": \"authorization_code\",\n        \"code\": code,\n        \"client_id\": client_id,\n        \"client_secret\": client_secret,\n        \"redirect_uri\": redirect_uri,\n    }, timeout=10)\n    resp.raise_for_status()\n    token = resp.json()\n    log.info(\"Received access token %s (expires in %s s)\", token[\"access_token\"], token[\"expires_in\"])\n    return token\n",
  "wave": 1
 },
 {
  "name": "log-py-oauth-token",
  "kind": "safe",
  "lang": "python",
  "cwe": 532,
  "code": "import logging\nimport requests\n\nlog = logging.getLogger(\"oauth\")\nTOKEN_URL = \"https://auth.example.com/oauth/token\"\n\ndef exchange_code(code: str, client_id: str, client_secret: str, redirect_uri: str) -> dict:\n    resp = requests.post(TOKEN_URL, data={\n        \"grant_type\": \"authorization_code\",\n        \"code\": code,\n        \"client_id\": client_id,\n        \"client_secret\": client_secret,\n        \"redirect_uri\": redirect_uri,\n    }, timeout=10)\n    resp.raise_for_status()\n    token = resp.json()\n    log.info(\"Received access token (expires in %s s, scope %s)\", token[\"expires_in\"], token.get(\"scope\"))\n    return token\n",
  "wave": 1
 },
 {
  "name": "log-py-django-signup-body",
  "kind": "vuln",
  "lang": "python",
  "cwe": 532,
  "code": "import json\nimport logging\nfrom django.http import JsonResponse\nfrom django.contrib.auth.models import User\nfrom django.views.decorators.http import require_POST\n\nlogger = logging.getLogger(__name__)\n\n@require_POST\ndef signup(request):\n    data = json.loads(request.body)\n    logger.debug(\"signup payload: %s\", data)\n    if User.objects.filter(username=data[\"username\"]).exists():\n        return JsonResponse({\"error\": \"taken\"}, status=409)\n    user = User.objects.create_user(data[\"username\"], data[\"email\"], data[\"password\"])\n    return JsonResponse({\"id\": user.id}, status=201)\n",
  "wave": 1
 },
 {
  "name": "log-py-django-signup-body",
  "kind": "safe",
  "lang": "python",
  "cwe": 532,
  "code": "import json\nimport logging\nfrom django.http import JsonResponse\nfrom django.contrib.auth.models import User\nfrom django.views.decorators.http import require_POST\n\nlogger = logging.getLogger(__name__)\n\n@require_POST\ndef signup(request):\n    data = json.loads(request.body)\n    logger.debug(\"signup for username=%s email=%s\", data.get(\"username\"), data.get(\"email\"))\n    if User.objects.filter(username=data[\"username\"]).exists():\n        return JsonResponse({\"error\": \"taken\"}, status=409)\n    user = User.objects.create_user(data[\"username\"], data[\"email\"], data[\"password\"])\n    return JsonResponse({\"id\": user.id}, status=201)\n",
  "wave": 1
 },
 {
  "name": "log-js-express-login",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 532,
  "code": "const express = require('express');\nconst bcrypt = require('bcrypt');\nconst { findUserByEmail } = require('./users');\n\nconst router = express.Router();\n\nrouter.post('/login', async (req, res) => {\n  const { email, password } = req.body;\n  console.log(`Login attempt for ${email} with password ${password}`);\n  const user = await findUserByEmail(email);\n  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {\n    return res.status(401).json({ error: 'Invalid credentials' });\n  }\n  // a new session id after login (no session fixation)\n  req.session.regenerate((err) => {\n    if (err) return res.status(500).json({ error: \"session error\" });\n    req.session.userId = user.id;\n    res.json({ ok: true });\n  });\n});\n\nmodule.exports = router;\n",
  "wave": 1
 },
 {
  "name": "log-js-express-login",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 532,
  "code": "const express = require('express');\nconst bcrypt = require('bcrypt');\nconst { findUserByEmail } = require('./users');\n\nconst router = express.Router();\n\nrouter.post('/login', async (req, res) => {\n  const { email, password } = req.body;\n  console.log(`Login attempt for ${email}`);\n  const user = await findUserByEmail(email);\n  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {\n    console.warn(`Invalid password for ${email}`);\n    return res.status(401).json({ error: 'Invalid credentials' });\n  }\n  // a new session id after login (no session fixation)\n  req.session.regenerate((err) => {\n    if (err) return res.status(500).json({ error: \"session error\" });\n    req.session.userId = user.id;\n    res.json({ ok: true });\n  });\n});\n\nmodule.exports = router;\n",
  "wave": 1
 },
 {
  "name": "log-js-request-headers",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 532,
  "code": "const express = require('express');\nconst winston = require('winston');\n\nconst logger = winston.createLogger({ level: 'info', transports: [new winston.transports.Console()] });\nconst app = express();\n\napp.use((req, res, next) => {\n  logger.info('incoming request', { method: req.method, url: req.originalUrl, headers: req.headers });\n  next();\n});\n\napp.get('/api/profile', (req, res) => {\n  res.json({ user: req.user });\n});\n\napp.listen(3000);\n",
  "wave": 1
 },
 {
  "name": "log-js-request-headers",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 532,
  "code": "const express = require('express');\nconst winston = require('winston');\n\nconst logger = winston.createLogger({ level: 'info', transports: [new winston.transports.Console()] });\nconst app = express();\n\napp.use((req, res, next) => {\n  logger.info('incoming request', { method: req.method, url: req.originalUrl, userAgent: req.headers['user-agent'] });\n  next();\n});\n\napp.get('/api/profile', (req, res) => {\n  res.json({ user: req.user });\n});\n\napp.listen(3000);\n",
  "wave": 1
 },
 {
  "name": "log-ts-stripe-key",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 532,
  "code": "import Stripe from 'stripe';\n\nconst secretKey = process.env.STRIPE_SECRET_KEY;\nif (!secretKey) {\n  throw new Error('STRIPE_SECRET_KEY missing');\n}\nconsole.log('Initializing Stripe with key', secretKey);\n\nexport const stripe = new Stripe(secretKey, { apiVersion: '2023-10-16' });\n\nexport async function createCharge(amountCents: number, customerId: string): Promise<string> {\n  const intent = await stripe.paymentIntents.create({ amount: amountCents, currency: 'usd', customer: customerId });\n  return intent.id;\n}\n",
  "wave": 1
 },
 {
  "name": "log-ts-stripe-key",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 532,
  "code": "import Stripe from 'stripe';\n\nconst secretKey = process.env.STRIPE_SECRET_KEY;\nif (!secretKey) {\n  throw new Error('STRIPE_SECRET_KEY missing');\n}\nconsole.log('Initializing Stripe (live mode: %s)', secretKey.startsWith('sk_live_'));\n\nexport const stripe = new Stripe(secretKey, { apiVersion: '2023-10-16' });\n\nexport async function createCharge(amountCents: number, customerId: string): Promise<string> {\n  const intent = await stripe.paymentIntents.create({ amount: amountCents, currency: 'usd', customer: customerId });\n  return intent.id;\n}\n",
  "wave": 1
 },
 {
  "name": "log-js-jwt-issued",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 532,
  "code": "const jwt = require('jsonwebtoken');\nconst logger = require('./logger');\n\nfunction issueToken(user) {\n  const token = jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_SECRET, { expiresIn: '1h' });\n  logger.debug('issued token ' + token + ' for user ' + user.id);\n  return token;\n}\n\nmodule.exports = { issueToken };\n",
  "wave": 1
 },
 {
  "name": "log-js-jwt-issued",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 532,
  "code": "const jwt = require('jsonwebtoken');\nconst logger = require('./logger');\n\nfunction issueToken(user) {\n  const token = jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_SECRET, { expiresIn: '1h' });\n  logger.debug('issued token for user ' + user.id);\n  return token;\n}\n\nmodule.exports = { issueToken };\n",
  "wave": 1
 },
 {
  "name": "log-java-slf4j-login",
  "kind": "vuln",
  "lang": "java",
  "cwe": 532,
  "code": "import org.slf4j.Logger;\nimport org.slf4j.LoggerFactory;\nimport org.springframework.http.ResponseEntity;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\n@RequestMapping(\"/auth\")\npublic class LoginController {\n    private static final Logger log = LoggerFactory.getLogger(LoginController.class);\n    private final AuthService authService;\n\n    public LoginController(AuthService authService) { this.authService = authService; }\n\n    @PostMapping(\"/login\")\n    public ResponseEntity<String> login(@RequestBody LoginRequest request) {\n        log.info(\"Login attempt for user {} with password {}\", request.getUsername(), request.getPassword());\n        if (!authService.authenticate(request.getUsername(), request.getPassword())) {\n            return ResponseEntity.status(401).body(\"invalid credentials\");\n        }\n        return ResponseEntity.ok(\"welcome\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "log-java-slf4j-login",
  "kind": "safe",
  "lang": "java",
  "cwe": 532,
  "code": "import org.slf4j.Logger;\nimport org.slf4j.LoggerFactory;\nimport org.springframework.http.ResponseEntity;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\n@RequestMapping(\"/auth\")\npublic class LoginController {\n    private static final Logger log = LoggerFactory.getLogger(LoginController.class);\n    private final AuthService authService;\n\n    public LoginController(AuthService authService) { this.authService = authService; }\n\n    @PostMapping(\"/login\")\n    public ResponseEntity<String> login(@RequestBody LoginRequest request) {\n        log.info(\"Login attempt for user {}\", request.getUsername());\n        if (!authService.authenticate(request.getUsername(), request.getPassword())) {\n            log.warn(\"Wrong password for user {}\", request.getUsername());\n            return ResponseEntity.status(401).body(\"invalid credentials\");\n        }\n        return ResponseEntity.ok(\"welcome\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "log-java-sysout-card",
  "kind": "vuln",
  "lang": "java",
  "cwe": 532,
  "code": "public class PaymentProcessor {\n    private final Gateway gateway;\n\n    public PaymentProcessor(Gateway gateway) { this.gateway = gateway; }\n\n    public boolean charge(String cardNumber, String cvv, long amountCents) {\n        System.out.println(\"Charging card \" + cardNumber + \" amount \" + amountCents);\n        GatewayResult result = gateway.charge(cardNumber, cvv, amountCents);\n        if (!result.isApproved()) {\n            System.out.println(\"Declined: \" + result.getReason());\n            return false;\n        }\n        return true;\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "log-java-sysout-card",
  "kind": "safe",
  "lang": "java",
  "cwe": 532,
  "code": "public class PaymentProcessor {\n    private final Gateway gateway;\n\n    public PaymentProcessor(Gateway gateway) { this.gateway = gateway; }\n\n    public boolean charge(String cardNumber, String cvv, long amountCents) {\n        String last4 = cardNumber.substring(cardNumber.length() - 4);\n        System.out.println(\"Charging card ****\" + last4 + \" amount \" + amountCents);\n        GatewayResult result = gateway.charge(cardNumber, cvv, amountCents);\n        if (!result.isApproved()) {\n            System.out.println(\"Declined: \" + result.getReason());\n            return false;\n        }\n        return true;\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "log-java-reset-token",
  "kind": "vuln",
  "lang": "java",
  "cwe": 532,
  "code": "import java.security.SecureRandom;\nimport java.util.Base64;\nimport java.util.logging.Logger;\n\npublic class PasswordResetService {\n    private static final Logger LOGGER = Logger.getLogger(PasswordResetService.class.getName());\n    private final SecureRandom random = new SecureRandom();\n    private final TokenStore store;\n    private final Mailer mailer;\n\n    public PasswordResetService(TokenStore store, Mailer mailer) { this.store = store; this.mailer = mailer; }\n\n    public void requestReset(String email) {\n        byte[] buf = new byte[32];\n        random.nextBytes(buf);\n        String resetToken = Base64.getUrlEncoder().withoutPadding().encodeToString(buf);\n        store.save(email, resetToken);\n        LOGGER.info(\"Generated reset token \" + resetToken + \" for \" + email);\n        mailer.sendResetLink(email, resetToken);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "log-java-reset-token",
  "kind": "safe",
  "lang": "java",
  "cwe": 532,
  "code": "import java.security.SecureRandom;\nimport java.util.Base64;\nimport java.util.logging.Logger;\n\npublic class PasswordResetService {\n    private static final Logger LOGGER = Logger.getLogger(PasswordResetService.class.getName());\n    private final SecureRandom random = new SecureRandom();\n    private final TokenStore store;\n    private final Mailer mailer;\n\n    public PasswordResetService(TokenStore store, Mailer mailer) { this.store = store; this.mailer = mailer; }\n\n    public void requestReset(String email) {\n        byte[] buf = new byte[32];\n        random.nextBytes(buf);\n        String resetToken = Base64.getUrlEncoder().withoutPadding().encodeToString(buf);\n        store.save(email, resetToken);\n        LOGGER.info(\"Generated password reset token for \" + email);\n        mailer.sendResetLink(email, resetToken);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "log-go-login-printf",
  "kind": "vuln",
  "lang": "go",
  "cwe": 532,
  "code": "package main\n\nimport (\n\t\"encoding/json\"\n\t\"log\"\n\t\"net/http\"\n)\n\ntype Credentials struct {\n\tUsername string `json:\"username\"`\n\tPassword string `json:\"password\"`\n}\n\nfunc loginHandler(w http.ResponseWriter, r *http.Request) {\n\tvar creds Credentials\n\tif err := json.NewDecoder(r.Body).Decode(&creds); err != nil {\n\t\thttp.Error(w, \"bad request\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tlog.Printf(\"login attempt user=%s password=%s\", creds.Username, creds.Password)\n\tif !checkCredentials(creds.Username, creds.Password) {\n\t\thttp.Error(w, \"unauthorized\", http.StatusUnauthorized)\n\t\treturn\n\t}\n\tw.WriteHeader(http.StatusNoContent)\n}\n",
  "wave": 1
 },
 {
  "name": "log-go-login-printf",
  "kind": "safe",
  "lang": "go",
  "cwe": 532,
  "code": "package main\n\nimport (\n\t\"encoding/json\"\n\t\"log\"\n\t\"net/http\"\n)\n\ntype Credentials struct {\n\tUsername string `json:\"username\"`\n\tPassword string `json:\"password\"`\n}\n\nfunc loginHandler(w http.ResponseWriter, r *http.Request) {\n\tvar creds Credentials\n\tif err := json.NewDecoder(r.Body).Decode(&creds); err != nil {\n\t\thttp.Error(w, \"bad request\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tlog.Printf(\"login attempt user=%s\", creds.Username)\n\tif !checkCredentials(creds.Username, creds.Password) {\n\t\tlog.Printf(\"invalid password for user=%s\", creds.Username)\n\t\thttp.Error(w, \"unauthorized\", http.StatusUnauthorized)\n\t\treturn\n\t}\n\tw.WriteHeader(http.StatusNoContent)\n}\n",
  "wave": 1
 },
 {
  "name": "log-go-api-key-println",
  "kind": "vuln",
  "lang": "go",
  "cwe": 532,
  "code": "package main\n\nimport (\n\t\"log\"\n\t\"net/http\"\n\t\"os\"\n\t\"time\"\n)\n\nfunc newClient() *http.Client {\n\treturn &http.Client{Timeout: 10 * time.Second}\n}\n\nfunc main() {\n\tapiKey := os.Getenv(\"PAYMENTS_API_KEY\")\n\tif apiKey == \"\" {\n\t\tlog.Fatal(\"PAYMENTS_API_KEY not set\")\n\t}\n\tlog.Println(\"starting sync with api key\", apiKey)\n\tclient := newClient()\n\treq, _ := http.NewRequest(\"GET\", \"https://payments.example.com/v2/balance\", nil)\n\treq.Header.Set(\"Authorization\", \"Bearer \"+apiKey)\n\tresp, err := client.Do(req)\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\tdefer resp.Body.Close()\n\tlog.Println(\"status\", resp.Status)\n}\n",
  "wave": 1
 },
 {
  "name": "log-go-api-key-println",
  "kind": "safe",
  "lang": "go",
  "cwe": 532,
  "code": "package main\n\nimport (\n\t\"log\"\n\t\"net/http\"\n\t\"os\"\n\t\"time\"\n)\n\nfunc newClient() *http.Client {\n\treturn &http.Client{Timeout: 10 * time.Second}\n}\n\nfunc main() {\n\tapiKey := os.Getenv(\"PAYMENTS_API_KEY\")\n\tif apiKey == \"\" {\n\t\tlog.Fatal(\"PAYMENTS_API_KEY not set\")\n\t}\n\tlog.Println(\"starting sync, api key set:\", apiKey != \"\")\n\tclient := newClient()\n\treq, _ := http.NewRequest(\"GET\", \"https://payments.example.com/v2/balance\", nil)\n\treq.Header.Set(\"Authorization\", \"Bearer \"+apiKey)\n\tresp, err := client.Do(req)\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\tdefer resp.Body.Close()\n\tlog.Println(\"status\", resp.Status)\n}\n",
  "wave": 1
 },
 {
  "name": "log-go-slog-session",
  "kind": "vuln",
  "lang": "go",
  "cwe": 532,
  "code": "package auth\n\nimport (\n\t\"crypto/rand\"\n\t\"encoding/hex\"\n\t\"log/slog\"\n\t\"net/http\"\n)\n\nfunc newSessionID() string {\n\tb := make([]byte, 32)\n\trand.Read(b)\n\treturn hex.EncodeToString(b)\n}\n\nfunc StartSession(w http.ResponseWriter, userID string) {\n\tsessionID := newSessionID()\n\tslog.Info(\"session created\", \"user\", userID, \"session_id\", sessionID)\n\thttp.SetCookie(w, &http.Cookie{Name: \"sid\", Value: sessionID, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode, Path: \"/\"})\n}\n",
  "wave": 1
 },
 {
  "name": "log-go-slog-session",
  "kind": "safe",
  "lang": "go",
  "cwe": 532,
  "code": "package auth\n\nimport (\n\t\"crypto/rand\"\n\t\"encoding/hex\"\n\t\"log/slog\"\n\t\"net/http\"\n)\n\nfunc newSessionID() string {\n\tb := make([]byte, 32)\n\trand.Read(b)\n\treturn hex.EncodeToString(b)\n}\n\nfunc StartSession(w http.ResponseWriter, userID string) {\n\tsessionID := newSessionID()\n\tslog.Info(\"session created\", \"user\", userID)\n\thttp.SetCookie(w, &http.Cookie{Name: \"sid\", Value: sessionID, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode, Path: \"/\"})\n}\n",
  "wave": 1
 },
 {
  "name": "store-py-password-textfile",
  "kind": "vuln",
  "lang": "python",
  "cwe": 312,
  "code": "from flask import Flask, request, redirect\n\napp = Flask(__name__)\nUSERS_FILE = \"users.txt\"\n\n@app.route(\"/register\", methods=[\"POST\"])\ndef register():\n    username = request.form[\"username\"]\n    password = request.form[\"password\"]\n    with open(USERS_FILE, \"a\") as f:\n        f.write(f\"{username}:{password}\\n\")\n    return redirect(\"/login\")\n",
  "wave": 1
 },
 {
  "name": "store-py-password-textfile",
  "kind": "safe",
  "lang": "python",
  "cwe": 312,
  "code": "import bcrypt\nfrom flask import Flask, request, redirect\n\napp = Flask(__name__)\nUSERS_FILE = \"users.txt\"\n\n@app.route(\"/register\", methods=[\"POST\"])\ndef register():\n    username = request.form[\"username\"]\n    password = request.form[\"password\"]\n    hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt()).decode()\n    with open(USERS_FILE, \"a\") as f:\n        f.write(f\"{username}:{hashed}\\n\")\n    return redirect(\"/login\")\n",
  "wave": 1
 },
 {
  "name": "store-py-cookie-password",
  "kind": "vuln",
  "lang": "python",
  "cwe": 315,
  "code": "from flask import Flask, request, make_response, redirect\nfrom .auth import verify_user\n\napp = Flask(__name__)\n\n@app.post(\"/login\")\ndef login():\n    username = request.form[\"username\"]\n    password = request.form[\"password\"]\n    if not verify_user(username, password):\n        return \"invalid credentials\", 401\n    resp = make_response(redirect(\"/dashboard\"))\n    if request.form.get(\"remember\"):\n        resp.set_cookie(\"username\", username, max_age=30 * 86400)\n        resp.set_cookie(\"password\", password, max_age=30 * 86400)\n    return resp\n",
  "wave": 1
 },
 {
  "name": "store-py-cookie-password",
  "kind": "safe",
  "lang": "python",
  "cwe": 315,
  "code": "import secrets\nfrom flask import Flask, request, make_response, redirect\nfrom .auth import verify_user, store_remember_token\n\napp = Flask(__name__)\n\n@app.post(\"/login\")\ndef login():\n    username = request.form[\"username\"]\n    password = request.form[\"password\"]\n    if not verify_user(username, password):\n        return \"invalid credentials\", 401\n    resp = make_response(redirect(\"/dashboard\"))\n    if request.form.get(\"remember\"):\n        token = secrets.token_urlsafe(32)\n        store_remember_token(username, token)\n        resp.set_cookie(\"remember_token\", token, max_age=30 * 86400, httponly=True, secure=True, samesite=\"Lax\")\n    return resp\n",
  "wave": 1
 },
 {
  "name": "store-py-sqlite-card",
  "kind": "vuln",
  "lang": "python",
  "cwe": 312,
  "code": "import sqlite3\n\ndef save_payment_method(db_path: str, user_id: int, card_number: str, expiry: str, cvv: str) -> None:\n    conn = sqlite3.connect(db_path)\n    try:\n        conn.execute(\n            \"INSERT INTO payment_methods (user_id, card_number, expiry, cvv) VALUES (?, ?, ?, ?)\",\n            (user_id, card_number, expiry, cvv),\n        )\n        conn.commit()\n    finally:\n        conn.close()\n",
  "wave": 1
 },
 {
  "name": "store-py-sqlite-card",
  "kind": "safe",
  "lang": "python",
  "cwe": 312,
  "code": "import sqlite3\n\ndef save_payment_method(db_path: str, user_id: int, card_token: str, last4: str, expiry: str) -> None:\n    # the card itself stays with the payment provider; only its token and last four digits are kept\n    conn = sqlite3.connect(db_path)\n    try:\n        conn.execute(\n            \"INSERT INTO payment_methods (user_id, card_token, last4, expiry) VALUES (?, ?, ?, ?)\",\n            (user_id, card_token, last4, expiry),\n        )\n        conn.commit()\n    finally:\n        conn.close()\n",
  "wave": 1
 },
 {
  "name": "store-py-config-password",
  "kind": "vuln",
  "lang": "python",
  "cwe": 312,
  "code": "import configparser\nimport getpass\nfrom pathlib import Path\n\nCONFIG = Path.home() / \".dbsync.ini\"\n\ndef setup():\n    host = input(\"Database host: \")\n    user = input(\"Database user: \")\n    password = getpass.getpass(\"Database password: \")\n    cfg = configparser.ConfigParser()\n    cfg[\"database\"] = {\"host\": host, \"user\": user, \"password\": password}\n    with open(CONFIG, \"w\") as f:\n        cfg.write(f)\n    print(f\"Saved settings to {CONFIG}\")\n\nif __name__ == \"__main__\":\n    setup()\n",
  "wave": 1
 },
 {
  "name": "store-py-config-password",
  "kind": "safe",
  "lang": "python",
  "cwe": 312,
  "code": "import configparser\nimport getpass\nfrom pathlib import Path\n\nimport keyring\n\nCONFIG = Path.home() / \".dbsync.ini\"\n\ndef setup():\n    host = input(\"Database host: \")\n    user = input(\"Database user: \")\n    password = getpass.getpass(\"Database password: \")\n    keyring.set_password(\"dbsync\", user, password)\n    cfg = configparser.ConfigParser()\n    cfg[\"database\"] = {\"host\": host, \"user\": user}\n    with open(CONFIG, \"w\") as f:\n        cfg.write(f)\n    print(f\"Saved settings to {CONFIG}; the password is in the system keyring\")\n\nif __name__ == \"__main__\":\n    setup()\n",
  "wave": 1
 },
 {
  "name": "store-js-localstorage-password",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 922,
  "code": "async function handleLogin(event) {\n  event.preventDefault();\n  const email = document.getElementById('email').value;\n  const password = document.getElementById('password').value;\n  const remember = document.getElementById('remember').checked;\n  const res = await fetch('/api/login', {\n    method: 'POST',\n    headers: { 'Content-Type': 'application/json' },\n    body: JSON.stringify({ email, password }),\n  });\n  if (!res.ok) {\n    showError('Login failed');\n    return;\n  }\n  if (remember) {\n    localStorage.setItem('savedEmail', email);\n    localStorage.setItem('savedPassword', password);\n  }\n  window.location.href = '/dashboard';\n}\n\ndocument.getElementById('login-form').addEventListener('submit', handleLogin);\n",
  "wave": 1
 },
 {
  "name": "store-js-localstorage-password",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 922,
  "code": "async function handleLogin(event) {\n  event.preventDefault();\n  const email = document.getElementById('email').value;\n  const password = document.getElementById('password').value;\n  const remember = document.getElementById('remember').checked;\n  const res = await fetch('/api/login', {\n    method: 'POST',\n    headers: { 'Content-Type': 'application/json' },\n    body: JSON.stringify({ email, password, remember }),\n  });\n  if (!res.ok) {\n    showError('Login failed');\n    return;\n  }\n  if (remember) {\n    localStorage.setItem('savedEmail', email);\n  }\n  window.location.href = '/dashboard';\n}\n\ndocument.getElementById('login-form').addEventListener('submit', handleLogin);\n",
  "wave": 1
 },
 {
  "name": "store-js-cookie-password",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 315,
  "code": "const express = require('express');\nconst { authenticate } = require('./auth');\n\nconst app = express();\napp.use(express.urlencoded({ extended: false }));\n\napp.post('/login', async (req, res) => {\n  const { username, password } = req.body;\n  const user = await authenticate(username, password);\n  if (!user) return res.status(401).send('Invalid login');\n  res.cookie('username', username, { maxAge: 7 * 24 * 3600 * 1000 });\n  res.cookie('password', password, { maxAge: 7 * 24 * 3600 * 1000 });\n  res.redirect('/home');\n});\n\napp.listen(3000);\n",
  "wave": 1
 },
 {
  "name": "store-js-cookie-password",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 315,
  "code": "const express = require('express');\nconst { authenticate, createSession } = require('./auth');\n\nconst app = express();\napp.use(express.urlencoded({ extended: false }));\n\napp.post('/login', async (req, res) => {\n  const { username, password } = req.body;\n  const user = await authenticate(username, password);\n  if (!user) return res.status(401).send('Invalid login');\n  const sid = await createSession(user.id);\n  res.cookie('sid', sid, { maxAge: 7 * 24 * 3600 * 1000, httpOnly: true, secure: true, sameSite: 'lax' });\n  res.redirect('/home');\n});\n\napp.listen(3000);\n",
  "wave": 1
 },
 {
  "name": "store-js-fs-credentials",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 312,
  "code": "const fs = require('fs');\nconst path = require('path');\nconst os = require('os');\nconst readline = require('readline/promises');\n\nasync function configure() {\n  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });\n  const username = await rl.question('FTP user: ');\n  const password = await rl.question('FTP password: ');\n  rl.close();\n  const file = path.join(os.homedir(), '.deployrc.json');\n  fs.writeFileSync(file, JSON.stringify({ host: 'ftp.example.com', username, password }, null, 2));\n  console.log('Saved credentials to', file);\n}\n\nconfigure();\n",
  "wave": 1
 },
 {
  "name": "store-js-fs-credentials",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 312,
  "code": "const fs = require('fs');\nconst path = require('path');\nconst os = require('os');\nconst readline = require('readline/promises');\nconst keytar = require('keytar');\n\nasync function configure() {\n  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });\n  const username = await rl.question('FTP user: ');\n  const password = await rl.question('FTP password: ');\n  rl.close();\n  await keytar.setPassword('deploy-ftp', username, password);\n  const file = path.join(os.homedir(), '.deployrc.json');\n  fs.writeFileSync(file, JSON.stringify({ host: 'ftp.example.com', username }, null, 2));\n  console.log('Saved settings to', file, '(password in the OS keychain)');\n}\n\nconfigure();\n",
  "wave": 1
 },
 {
  "name": "store-ts-mongoose-save",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 256,
  "code": "import { Router, Request, Response } from 'express';\nimport { User } from '../models/user';\n\nconst router = Router();\n\nrouter.post('/register', async (req: Request, res: Response) => {\n  const { email, password, name } = req.body;\n  if (await User.exists({ email })) {\n    return res.status(409).json({ error: 'email taken' });\n  }\n  const user = new User({ email, name, password });\n  await user.save();\n  res.status(201).json({ id: user.id });\n});\n\nexport default router;\n",
  "wave": 1
 },
 {
  "name": "store-ts-mongoose-save",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 256,
  "code": "import { Router, Request, Response } from 'express';\nimport bcrypt from 'bcrypt';\nimport { User } from '../models/user';\n\nconst router = Router();\n\nrouter.post('/register', async (req: Request, res: Response) => {\n  const { email, password, name } = req.body;\n  if (await User.exists({ email })) {\n    return res.status(409).json({ error: 'email taken' });\n  }\n  const passwordHash = await bcrypt.hash(password, 12);\n  const user = new User({ email, name, passwordHash });\n  await user.save();\n  res.status(201).json({ id: user.id });\n});\n\nexport default router;\n",
  "wave": 1
 },
 {
  "name": "store-java-jdbc-password",
  "kind": "vuln",
  "lang": "java",
  "cwe": 256,
  "code": "import java.sql.Connection;\nimport java.sql.PreparedStatement;\nimport java.sql.SQLException;\nimport javax.sql.DataSource;\n\npublic class UserRepository {\n    private final DataSource dataSource;\n\n    public UserRepository(DataSource dataSource) { this.dataSource = dataSource; }\n\n    public void createUser(String username, String email, String password) throws SQLException {\n        String sql = \"INSERT INTO users (username, email, password) VALUES (?, ?, ?)\";\n        try (Connection conn = dataSource.getConnection(); PreparedStatement ps = conn.prepareStatement(sql)) {\n            ps.setString(1, username);\n            ps.setString(2, email);\n            ps.setString(3, password);\n            ps.executeUpdate();\n        }\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "store-java-jdbc-password",
  "kind": "safe",
  "lang": "java",
  "cwe": 256,
  "code": "import java.sql.Connection;\nimport java.sql.PreparedStatement;\nimport java.sql.SQLException;\nimport javax.sql.DataSource;\nimport org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;\n\npublic class UserRepository {\n    private final DataSource dataSource;\n    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(12);\n\n    public UserRepository(DataSource dataSource) { this.dataSource = dataSource; }\n\n    public void createUser(String username, String email, String password) throws SQLException {\n        String sql = \"INSERT INTO users (username, email, password_hash) VALUES (?, ?, ?)\";\n        try (Connection conn = dataSource.getConnection(); PreparedStatement ps = conn.prepareStatement(sql)) {\n            ps.setString(1, username);\n            ps.setString(2, email);\n            ps.setString(3, encoder.encode(password));\n            ps.executeUpdate();\n        }\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "store-java-cookie-password",
  "kind": "vuln",
  "lang": "java",
  "cwe": 315,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class LoginServlet extends HttpServlet {\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String user = req.getParameter(\"username\");\n        String pass = req.getParameter(\"password\");\n        if (!Auth.check(user, pass)) {\n            resp.sendError(401);\n            return;\n        }\n        if (\"on\".equals(req.getParameter(\"remember\"))) {\n            Cookie u = new Cookie(\"user\", user);\n            Cookie p = new Cookie(\"password\", pass);\n            u.setMaxAge(30 * 24 * 3600);\n            p.setMaxAge(30 * 24 * 3600);\n            resp.addCookie(u);\n            resp.addCookie(p);\n        }\n        resp.sendRedirect(\"/home\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "store-java-cookie-password",
  "kind": "safe",
  "lang": "java",
  "cwe": 315,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class LoginServlet extends HttpServlet {\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String user = req.getParameter(\"username\");\n        String pass = req.getParameter(\"password\");\n        if (!Auth.check(user, pass)) {\n            resp.sendError(401);\n            return;\n        }\n        if (\"on\".equals(req.getParameter(\"remember\"))) {\n            String token = RememberMeTokens.issue(user);\n            Cookie c = new Cookie(\"remember_me\", token);\n            c.setMaxAge(30 * 24 * 3600);\n            c.setHttpOnly(true);\n            c.setSecure(true);\n            resp.addCookie(c);\n        }\n        resp.sendRedirect(\"/home\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "store-java-properties-password",
  "kind": "vuln",
  "lang": "java",
  "cwe": 312,
  "code": "import java.io.FileOutputStream;\nimport java.io.IOException;\nimport java.io.OutputStream;\nimport java.util.Properties;\n\npublic class SettingsWriter {\n    public static void saveConnection(String url, String user, String password) throws IOException {\n        Properties props = new Properties();\n        props.setProperty(\"db.url\", url);\n        props.setProperty(\"db.user\", user);\n        props.setProperty(\"db.password\", password);\n        try (OutputStream out = new FileOutputStream(\"connection.properties\")) {\n            props.store(out, \"database connection\");\n        }\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "store-java-properties-password",
  "kind": "safe",
  "lang": "java",
  "cwe": 312,
  "code": "import java.io.FileOutputStream;\nimport java.io.IOException;\nimport java.io.OutputStream;\nimport java.util.Properties;\n\npublic class SettingsWriter {\n    // The password is not written: it is read from the DB_PASSWORD environment variable at startup.\n    public static void saveConnection(String url, String user) throws IOException {\n        Properties props = new Properties();\n        props.setProperty(\"db.url\", url);\n        props.setProperty(\"db.user\", user);\n        props.setProperty(\"db.password.env\", \"DB_PASSWORD\");\n        try (OutputStream out = new FileOutputStream(\"connection.properties\")) {\n            props.store(out, \"database connection\");\n        }\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "store-go-sql-password",
  "kind": "vuln",
  "lang": "go",
  "cwe": 256,
  "code": "package users\n\nimport (\n\t\"database/sql\"\n\t\"encoding/json\"\n\t\"net/http\"\n)\n\ntype signupRequest struct {\n\tEmail    string `json:\"email\"`\n\tPassword string `json:\"password\"`\n}\n\nfunc SignupHandler(db *sql.DB) http.HandlerFunc {\n\treturn func(w http.ResponseWriter, r *http.Request) {\n\t\tvar req signupRequest\n\t\tif err := json.NewDecoder(r.Body).Decode(&req); err != nil {\n\t\t\thttp.Error(w, \"bad request\", http.StatusBadRequest)\n\t\t\treturn\n\t\t}\n\t\t_, err := db.Exec(\"INSERT INTO users (email, password) VALUES ($1, $2)\", req.Email, req.Password)\n\t\tif err != nil {\n\t\t\thttp.Error(w, \"could not create user\", http.StatusInternalServerError)\n\t\t\treturn\n\t\t}\n\t\tw.WriteHeader(http.StatusCreated)\n\t}\n}\n",
  "wave": 1
 },
 {
  "name": "store-go-sql-password",
  "kind": "safe",
  "lang": "go",
  "cwe": 256,
  "code": "package users\n\nimport (\n\t\"database/sql\"\n\t\"encoding/json\"\n\t\"net/http\"\n\n\t\"golang.org/x/crypto/bcrypt\"\n)\n\ntype signupRequest struct {\n\tEmail    string `json:\"email\"`\n\tPassword string `json:\"password\"`\n}\n\nfunc SignupHandler(db *sql.DB) http.HandlerFunc {\n\treturn func(w http.ResponseWriter, r *http.Request) {\n\t\tvar req signupRequest\n\t\tif err := json.NewDecoder(r.Body).Decode(&req); err != nil {\n\t\t\thttp.Error(w, \"bad request\", http.StatusBadRequest)\n\t\t\treturn\n\t\t}\n\t\thash, err := bcrypt.GenerateFromPassword([]byte(req.Password), bcrypt.DefaultCost)\n\t\tif err != nil {\n\t\t\thttp.Error(w, \"internal error\", http.StatusInternalServerError)\n\t\t\treturn\n\t\t}\n\t\t_, err = db.Exec(\"INSERT INTO users (email, password_hash) VALUES ($1, $2)\", req.Email, string(hash))\n\t\tif err != nil {\n\t\t\thttp.Error(w, \"could not create user\", http.StatusInternalServerError)\n\t\t\treturn\n\t\t}\n\t\tw.WriteHeader(http.StatusCreated)\n\t}\n}\n",
  "wave": 1
 },
 {
  "name": "store-go-cookie-password",
  "kind": "vuln",
  "lang": "go",
  "cwe": 315,
  "code": "package web\n\nimport (\n\t\"net/http\"\n\t\"time\"\n)\n\nfunc LoginHandler(w http.ResponseWriter, r *http.Request) {\n\tusername := r.FormValue(\"username\")\n\tpassword := r.FormValue(\"password\")\n\tif !authenticate(username, password) {\n\t\thttp.Error(w, \"invalid credentials\", http.StatusUnauthorized)\n\t\treturn\n\t}\n\texpires := time.Now().Add(30 * 24 * time.Hour)\n\thttp.SetCookie(w, &http.Cookie{Name: \"user\", Value: username, Expires: expires})\n\thttp.SetCookie(w, &http.Cookie{Name: \"pass\", Value: password, Expires: expires})\n\thttp.Redirect(w, r, \"/home\", http.StatusSeeOther)\n}\n",
  "wave": 1
 },
 {
  "name": "store-go-cookie-password",
  "kind": "safe",
  "lang": "go",
  "cwe": 315,
  "code": "package web\n\nimport (\n\t\"net/http\"\n\t\"time\"\n)\n\nfunc LoginHandler(w http.ResponseWriter, r *http.Request) {\n\tusername := r.FormValue(\"username\")\n\tpassword := r.FormValue(\"password\")\n\tif !authenticate(username, password) {\n\t\thttp.Error(w, \"invalid credentials\", http.StatusUnauthorized)\n\t\treturn\n\t}\n\tsid := createSession(username)\n\thttp.SetCookie(w, &http.Cookie{Name: \"sid\", Value: sid, Expires: time.Now().Add(30 * 24 * time.Hour), HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})\n\thttp.Redirect(w, r, \"/home\", http.StatusSeeOther)\n}\n",
  "wave": 1
 },
 {
  "name": "store-go-file-token",
  "kind": "vuln",
  "lang": "go",
  "cwe": 312,
  "code": "package cli\n\nimport (\n\t\"encoding/json\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\ntype savedLogin struct {\n\tServer   string `json:\"server\"`\n\tUsername string `json:\"username\"`\n\tPassword string `json:\"password\"`\n}\n\n// SaveLogin remembers the credentials for the next run of the CLI.\nfunc SaveLogin(server, username, password string) error {\n\thome, err := os.UserHomeDir()\n\tif err != nil {\n\t\treturn err\n\t}\n\tdata, err := json.Marshal(savedLogin{Server: server, Username: username, Password: password})\n\tif err != nil {\n\t\treturn err\n\t}\n\treturn os.WriteFile(filepath.Join(home, \".mycli.json\"), data, 0o644)\n}\n",
  "wave": 1
 },
 {
  "name": "store-go-file-token",
  "kind": "safe",
  "lang": "go",
  "cwe": 312,
  "code": "package cli\n\nimport (\n\t\"encoding/json\"\n\t\"os\"\n\t\"path/filepath\"\n\n\t\"github.com/zalando/go-keyring\"\n)\n\ntype savedLogin struct {\n\tServer   string `json:\"server\"`\n\tUsername string `json:\"username\"`\n}\n\n// SaveLogin remembers the server and user; the password goes to the OS keyring.\nfunc SaveLogin(server, username, password string) error {\n\tif err := keyring.Set(\"mycli:\"+server, username, password); err != nil {\n\t\treturn err\n\t}\n\thome, err := os.UserHomeDir()\n\tif err != nil {\n\t\treturn err\n\t}\n\tdata, err := json.Marshal(savedLogin{Server: server, Username: username})\n\tif err != nil {\n\t\treturn err\n\t}\n\treturn os.WriteFile(filepath.Join(home, \".mycli.json\"), data, 0o600)\n}\n",
  "wave": 1
 },
 {
  "name": "resp-py-flask-select-star",
  "kind": "vuln",
  "lang": "python",
  "cwe": 200,
  "code": "import sqlite3\nfrom flask import Flask, jsonify, abort, g\n\napp = Flask(__name__)\n\ndef get_db():\n    if \"db\" not in g:\n        g.db = sqlite3.connect(\"app.db\")\n        g.db.row_factory = sqlite3.Row\n    return g.db\n\n@app.get(\"/api/users/<int:user_id>\")\ndef get_user(user_id):\n    row = get_db().execute(\"SELECT * FROM users WHERE id = ?\", (user_id,)).fetchone()\n    if row is None:\n        abort(404)\n    return jsonify(dict(row))\n",
  "wave": 1,
  "low": true
 },
 {
  "name": "resp-py-flask-select-star",
  "kind": "safe",
  "lang": "python",
  "cwe": 200,
  "code": "import sqlite3\nfrom flask import Flask, jsonify, abort, g\n\napp = Flask(__name__)\n\ndef get_db():\n    if \"db\" not in g:\n        g.db = sqlite3.connect(\"app.db\")\n        g.db.row_factory = sqlite3.Row\n    return g.db\n\n@app.get(\"/api/users/<int:user_id>\")\ndef get_user(user_id):\n    row = get_db().execute(\"SELECT id, username, email, created_at FROM users WHERE id = ?\", (user_id,)).fetchone()\n    if row is None:\n        abort(404)\n    return jsonify(dict(row))\n",
  "wave": 1
 },
 {
  "name": "resp-py-environ-dump",
  "kind": "vuln",
  "lang": "python",
  "cwe": 200,
  "code": "import os\nimport platform\nfrom flask import Flask, jsonify\n\napp = Flask(__name__)\n\n@app.get(\"/debug/info\")\ndef debug_info():\n    return jsonify({\n        \"python\": platform.python_version(),\n        \"env\": dict(os.environ),\n    })\n",
  "wave": 1
 },
 {
  "name": "resp-py-environ-dump",
  "kind": "safe",
  "lang": "python",
  "cwe": 200,
  "code": "import os\nimport platform\nfrom flask import Flask, jsonify\n\napp = Flask(__name__)\n\n@app.get(\"/debug/info\")\ndef debug_info():\n    return jsonify({\n        \"python\": platform.python_version(),\n        \"release\": os.environ.get(\"APP_RELEASE\", \"dev\"),\n    })\n",
  "wave": 1
 },
 {
  "name": "resp-py-django-model-to-dict",
  "kind": "vuln",
  "lang": "python",
  "cwe": 200,
  "code": "from django.contrib.auth.decorators import login_required\nfrom django.contrib.auth.models import User\nfrom django.forms.models import model_to_dict\nfrom django.http import JsonResponse\nfrom django.shortcuts import get_object_or_404\n\n@login_required\ndef user_detail(request, pk):\n    user = get_object_or_404(User, pk=pk)\n    return JsonResponse(model_to_dict(user))\n",
  "wave": 1
 },
 {
  "name": "resp-py-django-model-to-dict",
  "kind": "safe",
  "lang": "python",
  "cwe": 200,
  "code": "from django.contrib.auth.decorators import login_required\nfrom django.contrib.auth.models import User\nfrom django.forms.models import model_to_dict\nfrom django.http import JsonResponse\nfrom django.shortcuts import get_object_or_404\n\n@login_required\ndef user_detail(request, pk):\n    user = get_object_or_404(User, pk=pk)\n    return JsonResponse(model_to_dict(user, fields=[\"id\", \"username\", \"first_name\", \"last_name\", \"email\"]))\n",
  "wave": 1
 },
 {
  "name": "resp-py-drf-all-fields",
  "kind": "vuln",
  "lang": "python",
  "cwe": 200,
  "code": "from django.contrib.auth import get_user_model\nfrom rest_framework import serializers, viewsets, permissions\n\nUser = get_user_model()\n\nclass UserSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = User\n        fields = \"__all__\"\n\nclass UserViewSet(viewsets.ReadOnlyModelViewSet):\n    queryset = User.objects.all()\n    serializer_class = UserSerializer\n    permission_classes = [permissions.IsAuthenticated]\n",
  "wave": 1
 },
 {
  "name": "resp-py-drf-all-fields",
  "kind": "safe",
  "lang": "python",
  "cwe": 200,
  "code": "from django.contrib.auth import get_user_model\nfrom rest_framework import serializers, viewsets, permissions\n\nUser = get_user_model()\n\nclass UserSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = User\n        fields = [\"id\", \"username\", \"email\", \"date_joined\"]\n\nclass UserViewSet(viewsets.ReadOnlyModelViewSet):\n    queryset = User.objects.all()\n    serializer_class = UserSerializer\n    permission_classes = [permissions.IsAuthenticated]\n",
  "wave": 1
 },
 {
  "name": "resp-js-pg-select-star",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 200,
  "code": "const express = require('express');\nconst { Pool } = require('pg');\n\nconst pool = new Pool();\nconst app = express();\n\napp.get('/api/users/:id', async (req, res) => {\n  const { rows } = await pool.query('SELECT * FROM users WHERE id = $1', [req.params.id]);\n  if (rows.length === 0) return res.status(404).json({ error: 'not found' });\n  res.json(rows[0]);\n});\n\napp.listen(3000);\n",
  "wave": 1,
  "low": true
 },
 {
  "name": "resp-js-pg-select-star",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 200,
  "code": "const express = require('express');\nconst { Pool } = require('pg');\n\nconst pool = new Pool();\nconst app = express();\n\napp.get('/api/users/:id', async (req, res) => {\n  const { rows } = await pool.query('SELECT id, name, email, created_at FROM users WHERE id = $1', [req.params.id]);\n  if (rows.length === 0) return res.status(404).json({ error: 'not found' });\n  res.json(rows[0]);\n});\n\napp.listen(3000);\n",
  "wave": 1
 },
 {
  "name": "resp-js-process-env",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 200,
  "code": "const express = require('express');\nconst app = express();\n\napp.get('/healthz', (req, res) => {\n  res.json({ status: 'ok', uptime: process.uptime(), env: process.env });\n});\n\napp.listen(process.env.PORT || 8080);\n",
  "wave": 1
 },
 {
  "name": "resp-js-process-env",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 200,
  "code": "const express = require('express');\nconst app = express();\n\napp.get('/healthz', (req, res) => {\n  res.json({ status: 'ok', uptime: process.uptime(), env: process.env.NODE_ENV });\n});\n\napp.listen(process.env.PORT || 8080);\n",
  "wave": 1
 },
 {
  "name": "resp-ts-mongoose-user",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 200,
  "code": "import express from 'express';\nimport mongoose from 'mongoose';\n\nconst userSchema = new mongoose.Schema({\n  email: { type: String, required: true, unique: true },\n  name: String,\n  password: { type: String, required: true },\n  resetToken: String,\n});\nconst User = mongoose.model('User', userSchema);\n\nconst app = express();\n\napp.get('/api/users/:id', async (req, res) => {\n  const user = await User.findById(req.params.id);\n  if (!user) return res.status(404).json({ error: 'not found' });\n  res.json(user);\n});\n\nexport default app;\n",
  "wave": 1
 },
 {
  "name": "resp-ts-mongoose-user",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 200,
  "code": "import express from 'express';\nimport mongoose from 'mongoose';\n\nconst userSchema = new mongoose.Schema({\n  email: { type: String, required: true, unique: true },\n  name: String,\n  password: { type: String, required: true, select: false },\n  resetToken: { type: String, select: false },\n});\nconst User = mongoose.model('User', userSchema);\n\nconst app = express();\n\napp.get('/api/users/:id', async (req, res) => {\n  const user = await User.findById(req.params.id);\n  if (!user) return res.status(404).json({ error: 'not found' });\n  res.json(user);\n});\n\nexport default app;\n",
  "wave": 1
 },
 {
  "name": "resp-java-entity-password",
  "kind": "vuln",
  "lang": "java",
  "cwe": 200,
  "code": "import javax.persistence.*;\nimport org.springframework.http.ResponseEntity;\nimport org.springframework.web.bind.annotation.*;\n\n@Entity\n@Table(name = \"users\")\nclass User {\n    @Id @GeneratedValue private Long id;\n    private String username;\n    private String email;\n    private String password;\n    public Long getId() { return id; }\n    public String getUsername() { return username; }\n    public String getEmail() { return email; }\n    public String getPassword() { return password; }\n}\n\n@RestController\n@RequestMapping(\"/api/users\")\nclass UserController {\n    private final UserRepository repo;\n    UserController(UserRepository repo) { this.repo = repo; }\n\n    @GetMapping(\"/{id}\")\n    public ResponseEntity<User> get(@PathVariable Long id) {\n        return repo.findById(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "resp-java-entity-password",
  "kind": "safe",
  "lang": "java",
  "cwe": 200,
  "code": "import com.fasterxml.jackson.annotation.JsonIgnore;\nimport javax.persistence.*;\nimport org.springframework.http.ResponseEntity;\nimport org.springframework.web.bind.annotation.*;\n\n@Entity\n@Table(name = \"users\")\nclass User {\n    @Id @GeneratedValue private Long id;\n    private String username;\n    private String email;\n    @JsonIgnore\n    private String password;\n    public Long getId() { return id; }\n    public String getUsername() { return username; }\n    public String getEmail() { return email; }\n    public String getPassword() { return password; }\n}\n\n@RestController\n@RequestMapping(\"/api/users\")\nclass UserController {\n    private final UserRepository repo;\n    UserController(UserRepository repo) { this.repo = repo; }\n\n    @GetMapping(\"/{id}\")\n    public ResponseEntity<User> get(@PathVariable Long id) {\n        return repo.findById(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "resp-java-getenv",
  "kind": "vuln",
  "lang": "java",
  "cwe": 200,
  "code": "import java.util.Map;\nimport org.springframework.web.bind.annotation.GetMapping;\nimport org.springframework.web.bind.annotation.RestController;\n\n@RestController\npublic class DiagnosticsController {\n    @GetMapping(\"/diagnostics/env\")\n    public Map<String, String> environment() {\n        return System.getenv();\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "resp-java-getenv",
  "kind": "safe",
  "lang": "java",
  "cwe": 200,
  "code": "import java.util.Map;\nimport org.springframework.web.bind.annotation.GetMapping;\nimport org.springframework.web.bind.annotation.RestController;\n\n@RestController\npublic class DiagnosticsController {\n    @GetMapping(\"/diagnostics/env\")\n    public Map<String, String> environment() {\n        return Map.of(\n            \"javaVersion\", System.getProperty(\"java.version\"),\n            \"profile\", System.getenv().getOrDefault(\"SPRING_PROFILES_ACTIVE\", \"default\"));\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "resp-go-user-struct",
  "kind": "vuln",
  "lang": "go",
  "cwe": 200,
  "code": "package api\n\nimport (\n\t\"database/sql\"\n\t\"encoding/json\"\n\t\"net/http\"\n\t\"strconv\"\n)\n\ntype User struct {\n\tID           int64  `json:\"id\"`\n\tEmail        string `json:\"email\"`\n\tName         string `json:\"name\"`\n\tPasswordHash string `json:\"password_hash\"`\n}\n\nfunc GetUser(db *sql.DB) http.HandlerFunc {\n\treturn func(w http.ResponseWriter, r *http.Request) {\n\t\tid, err := strconv.ParseInt(r.URL.Query().Get(\"id\"), 10, 64)\n\t\tif err != nil {\n\t\t\thttp.Error(w, \"bad id\", http.StatusBadRequest)\n\t\t\treturn\n\t\t}\n\t\tvar u User\n\t\terr = db.QueryRow(\"SELECT id, email, name, password_hash FROM users WHERE id = $1\", id).Scan(&u.ID, &u.Email, &u.Name, &u.PasswordHash)\n\t\tif err != nil {\n\t\t\thttp.Error(w, \"not found\", http.StatusNotFound)\n\t\t\treturn\n\t\t}\n\t\tw.Header().Set(\"Content-Type\", \"application/json\")\n\t\tjson.NewEncoder(w).Encode(u)\n\t}\n}\n",
  "wave": 1
 },
 {
  "name": "resp-go-user-struct",
  "kind": "safe",
  "lang": "go",
  "cwe": 200,
  "code": "package api\n\nimport (\n\t\"database/sql\"\n\t\"encoding/json\"\n\t\"net/http\"\n\t\"strconv\"\n)\n\ntype User struct {\n\tID           int64  `json:\"id\"`\n\tEmail        string `json:\"email\"`\n\tName         string `json:\"name\"`\n\tPasswordHash string `json:\"-\"`\n}\n\nfunc GetUser(db *sql.DB) http.HandlerFunc {\n\treturn func(w http.ResponseWriter, r *http.Request) {\n\t\tid, err := strconv.ParseInt(r.URL.Query().Get(\"id\"), 10, 64)\n\t\tif err != nil {\n\t\t\thttp.Error(w, \"bad id\", http.StatusBadRequest)\n\t\t\treturn\n\t\t}\n\t\tvar u User\n\t\terr = db.QueryRow(\"SELECT id, email, name, password_hash FROM users WHERE id = $1\", id).Scan(&u.ID, &u.Email, &u.Name, &u.PasswordHash)\n\t\tif err != nil {\n\t\t\thttp.Error(w, \"not found\", http.StatusNotFound)\n\t\t\treturn\n\t\t}\n\t\tw.Header().Set(\"Content-Type\", \"application/json\")\n\t\tjson.NewEncoder(w).Encode(u)\n\t}\n}\n",
  "wave": 1
 },
 {
  "name": "resp-go-gin-environ",
  "kind": "vuln",
  "lang": "go",
  "cwe": 200,
  "code": "package main\n\nimport (\n\t\"net/http\"\n\t\"os\"\n\t\"runtime\"\n\n\t\"github.com/gin-gonic/gin\"\n)\n\nfunc main() {\n\tr := gin.Default()\n\tr.GET(\"/debug/vars\", func(c *gin.Context) {\n\t\tc.JSON(http.StatusOK, gin.H{\"go\": runtime.Version(), \"env\": os.Environ()})\n\t})\n\tr.Run(\":8080\")\n}\n",
  "wave": 1
 },
 {
  "name": "resp-go-gin-environ",
  "kind": "safe",
  "lang": "go",
  "cwe": 200,
  "code": "package main\n\nimport (\n\t\"net/http\"\n\t\"os\"\n\t\"runtime\"\n\n\t\"github.com/gin-gonic/gin\"\n)\n\nfunc main() {\n\tr := gin.Default()\n\tr.GET(\"/debug/vars\", func(c *gin.Context) {\n\t\tc.JSON(http.StatusOK, gin.H{\"go\": runtime.Version(), \"release\": os.Getenv(\"RELEASE\")})\n\t})\n\tr.Run(\":8080\")\n}\n",
  "wave": 1
 },
 {
  "name": "err-go-http-error-db",
  "kind": "vuln",
  "lang": "go",
  "cwe": 209,
  "code": "package orders\n\nimport (\n\t\"database/sql\"\n\t\"encoding/json\"\n\t\"net/http\"\n)\n\ntype Order struct {\n\tID    int64   `json:\"id\"`\n\tTotal float64 `json:\"total\"`\n}\n\nfunc ListOrders(db *sql.DB) http.HandlerFunc {\n\treturn func(w http.ResponseWriter, r *http.Request) {\n\t\trows, err := db.Query(\"SELECT id, total FROM orders WHERE customer_id = $1\", r.URL.Query().Get(\"customer\"))\n\t\tif err != nil {\n\t\t\thttp.Error(w, err.Error(), http.StatusInternalServerError)\n\t\t\treturn\n\t\t}\n\t\tdefer rows.Close()\n\t\tvar out []Order\n\t\tfor rows.Next() {\n\t\t\tvar o Order\n\t\t\tif err := rows.Scan(&o.ID, &o.Total); err != nil {\n\t\t\t\thttp.Error(w, \"database error: \"+err.Error(), http.StatusInternalServerError)\n\t\t\t\treturn\n\t\t\t}\n\t\t\tout = append(out, o)\n\t\t}\n\t\tjson.NewEncoder(w).Encode(out)\n\t}\n}\n",
  "wave": 1
 },
 {
  "name": "err-go-http-error-db",
  "kind": "safe",
  "lang": "go",
  "cwe": 209,
  "code": "package orders\n\nimport (\n\t\"database/sql\"\n\t\"encoding/json\"\n\t\"log\"\n\t\"net/http\"\n)\n\ntype Order struct {\n\tID    int64   `json:\"id\"`\n\tTotal float64 `json:\"total\"`\n}\n\nfunc ListOrders(db *sql.DB) http.HandlerFunc {\n\treturn func(w http.ResponseWriter, r *http.Request) {\n\t\trows, err := db.Query(\"SELECT id, total FROM orders WHERE customer_id = $1\", r.URL.Query().Get(\"customer\"))\n\t\tif err != nil {\n\t\t\tlog.Printf(\"list orders: %v\", err)\n\t\t\thttp.Error(w, \"internal server error\", http.StatusInternalServerError)\n\t\t\treturn\n\t\t}\n\t\tdefer rows.Close()\n\t\tvar out []Order\n\t\tfor rows.Next() {\n\t\t\tvar o Order\n\t\t\tif err := rows.Scan(&o.ID, &o.Total); err != nil {\n\t\t\t\tlog.Printf(\"scan order: %v\", err)\n\t\t\t\thttp.Error(w, \"internal server error\", http.StatusInternalServerError)\n\t\t\t\treturn\n\t\t\t}\n\t\t\tout = append(out, o)\n\t\t}\n\t\tjson.NewEncoder(w).Encode(out)\n\t}\n}\n",
  "wave": 1
 },
 {
  "name": "err-go-gin-json-error",
  "kind": "vuln",
  "lang": "go",
  "cwe": 209,
  "code": "package handlers\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/gin-gonic/gin\"\n\t\"gorm.io/gorm\"\n)\n\ntype Product struct {\n\tID    uint   `json:\"id\"`\n\tName  string `json:\"name\"`\n\tPrice int    `json:\"price\"`\n}\n\nfunc CreateProduct(db *gorm.DB) gin.HandlerFunc {\n\treturn func(c *gin.Context) {\n\t\tvar p Product\n\t\tif err := c.ShouldBindJSON(&p); err != nil {\n\t\t\tc.JSON(http.StatusBadRequest, gin.H{\"error\": \"invalid body\"})\n\t\t\treturn\n\t\t}\n\t\tif err := db.Create(&p).Error; err != nil {\n\t\t\tc.JSON(http.StatusInternalServerError, gin.H{\"error\": err.Error()})\n\t\t\treturn\n\t\t}\n\t\tc.JSON(http.StatusCreated, p)\n\t}\n}\n",
  "wave": 1
 },
 {
  "name": "err-go-gin-json-error",
  "kind": "safe",
  "lang": "go",
  "cwe": 209,
  "code": "package handlers\n\nimport (\n\t\"log\"\n\t\"net/http\"\n\n\t\"github.com/gin-gonic/gin\"\n\t\"gorm.io/gorm\"\n)\n\ntype Product struct {\n\tID    uint   `json:\"id\"`\n\tName  string `json:\"name\"`\n\tPrice int    `json:\"price\"`\n}\n\nfunc CreateProduct(db *gorm.DB) gin.HandlerFunc {\n\treturn func(c *gin.Context) {\n\t\tvar p Product\n\t\tif err := c.ShouldBindJSON(&p); err != nil {\n\t\t\tc.JSON(http.StatusBadRequest, gin.H{\"error\": \"invalid body\"})\n\t\t\treturn\n\t\t}\n\t\tif err := db.Create(&p).Error; err != nil {\n\t\t\tlog.Printf(\"create product: %v\", err)\n\t\t\tc.JSON(http.StatusInternalServerError, gin.H{\"error\": \"could not save product\"})\n\t\t\treturn\n\t\t}\n\t\tc.JSON(http.StatusCreated, p)\n\t}\n}\n",
  "wave": 1
 },
 {
  "name": "err-go-recover-stack",
  "kind": "vuln",
  "lang": "go",
  "cwe": 209,
  "code": "package middleware\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"runtime/debug\"\n)\n\nfunc Recoverer(next http.Handler) http.Handler {\n\treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n\t\tdefer func() {\n\t\t\tif rec := recover(); rec != nil {\n\t\t\t\tw.WriteHeader(http.StatusInternalServerError)\n\t\t\t\tfmt.Fprintf(w, \"panic: %v\\n\\n%s\", rec, debug.Stack())\n\t\t\t}\n\t\t}()\n\t\tnext.ServeHTTP(w, r)\n\t})\n}\n",
  "wave": 1
 },
 {
  "name": "err-go-recover-stack",
  "kind": "safe",
  "lang": "go",
  "cwe": 209,
  "code": "package middleware\n\nimport (\n\t\"log\"\n\t\"net/http\"\n\t\"runtime/debug\"\n)\n\nfunc Recoverer(next http.Handler) http.Handler {\n\treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n\t\tdefer func() {\n\t\t\tif rec := recover(); rec != nil {\n\t\t\t\tlog.Printf(\"panic: %v\\n%s\", rec, debug.Stack())\n\t\t\t\thttp.Error(w, \"internal server error\", http.StatusInternalServerError)\n\t\t\t}\n\t\t}()\n\t\tnext.ServeHTTP(w, r)\n\t})\n}\n",
  "wave": 1
 },
 {
  "name": "err-php-pdo-message",
  "kind": "vuln",
  "lang": "php",
  "cwe": 209,
  "code": "<?php\nrequire __DIR__ . '/config.php';\n\nheader('Content-Type: application/json');\ntry {\n    $pdo = new PDO($dsn, $dbUser, $dbPass, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);\n    $stmt = $pdo->prepare('SELECT id, title, body FROM posts WHERE id = ?');\n    $stmt->execute([(int)($_GET['id'] ?? 0)]);\n    $post = $stmt->fetch(PDO::FETCH_ASSOC);\n    echo json_encode($post ?: ['error' => 'not found']);\n} catch (PDOException $e) {\n    http_response_code(500);\n    echo json_encode(['error' => 'Database error: ' . $e->getMessage()]);\n}\n",
  "wave": 1
 },
 {
  "name": "err-php-pdo-message",
  "kind": "safe",
  "lang": "php",
  "cwe": 209,
  "code": "<?php\nrequire __DIR__ . '/config.php';\n\nheader('Content-Type: application/json');\ntry {\n    $pdo = new PDO($dsn, $dbUser, $dbPass, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);\n    $stmt = $pdo->prepare('SELECT id, title, body FROM posts WHERE id = ?');\n    $stmt->execute([(int)($_GET['id'] ?? 0)]);\n    $post = $stmt->fetch(PDO::FETCH_ASSOC);\n    echo json_encode($post ?: ['error' => 'not found']);\n} catch (PDOException $e) {\n    error_log('posts query failed: ' . $e->getMessage());\n    http_response_code(500);\n    echo json_encode(['error' => 'Internal server error']);\n}\n",
  "wave": 1
 },
 {
  "name": "err-php-trace-string",
  "kind": "vuln",
  "lang": "php",
  "cwe": 209,
  "code": "<?php\nfunction handle_upload(array $file): string {\n    if ($file['error'] !== UPLOAD_ERR_OK) {\n        throw new RuntimeException('upload failed');\n    }\n    $dest = __DIR__ . '/uploads/' . bin2hex(random_bytes(16)) . '.png';\n    if (!move_uploaded_file($file['tmp_name'], $dest)) {\n        throw new RuntimeException('could not move file');\n    }\n    return basename($dest);\n}\n\ntry {\n    $name = handle_upload($_FILES['image']);\n    echo \"Saved as \" . htmlspecialchars($name);\n} catch (Exception $e) {\n    echo \"<pre>\" . $e->getTraceAsString() . \"</pre>\";\n}\n",
  "wave": 1
 },
 {
  "name": "err-php-trace-string",
  "kind": "safe",
  "lang": "php",
  "cwe": 209,
  "code": "<?php\nfunction handle_upload(array $file): string {\n    if ($file['error'] !== UPLOAD_ERR_OK) {\n        throw new RuntimeException('upload failed');\n    }\n    $dest = __DIR__ . '/uploads/' . bin2hex(random_bytes(16)) . '.png';\n    if (!move_uploaded_file($file['tmp_name'], $dest)) {\n        throw new RuntimeException('could not move file');\n    }\n    return basename($dest);\n}\n\ntry {\n    $name = handle_upload($_FILES['image']);\n    echo \"Saved as \" . htmlspecialchars($name);\n} catch (Exception $e) {\n    error_log($e->getMessage() . \"\\n\" . $e->getTraceAsString());\n    http_response_code(500);\n    echo \"Upload failed, please try again.\";\n}\n",
  "wave": 1
 },
 {
  "name": "err-php-mysqli-error",
  "kind": "vuln",
  "lang": "php",
  "cwe": 209,
  "code": "<?php\n$conn = new mysqli('localhost', 'app', getenv('DB_PASS'), 'shop');\nif ($conn->connect_error) {\n    die(\"Connection failed: \" . $conn->connect_error);\n}\n$stmt = $conn->prepare(\"SELECT name, price FROM products WHERE category = ?\");\n$stmt->bind_param(\"s\", $_GET['category']);\nif (!$stmt->execute()) {\n    die(\"Query failed: \" . $stmt->error);\n}\n$result = $stmt->get_result();\nwhile ($row = $result->fetch_assoc()) {\n    echo htmlspecialchars($row['name']) . \": \" . number_format($row['price'], 2) . \"<br>\";\n}\n",
  "wave": 1
 },
 {
  "name": "err-php-mysqli-error",
  "kind": "safe",
  "lang": "php",
  "cwe": 209,
  "code": "<?php\n$conn = new mysqli('localhost', 'app', getenv('DB_PASS'), 'shop');\nif ($conn->connect_error) {\n    error_log(\"DB connection failed: \" . $conn->connect_error);\n    http_response_code(503);\n    die(\"Service unavailable\");\n}\n$stmt = $conn->prepare(\"SELECT name, price FROM products WHERE category = ?\");\n$stmt->bind_param(\"s\", $_GET['category']);\nif (!$stmt->execute()) {\n    error_log(\"product query failed: \" . $stmt->error);\n    http_response_code(500);\n    die(\"Something went wrong\");\n}\n$result = $stmt->get_result();\nwhile ($row = $result->fetch_assoc()) {\n    echo htmlspecialchars($row['name']) . \": \" . number_format($row['price'], 2) . \"<br>\";\n}\n",
  "wave": 1
 },
 {
  "name": "log-la-py-token-count",
  "kind": "safe",
  "lang": "python",
  "cwe": 532,
  "code": "import logging\nimport tiktoken\n\nlogger = logging.getLogger(__name__)\nenc = tiktoken.get_encoding(\"cl100k_base\")\n\ndef trim_prompt(prompt: str, max_tokens: int = 4000) -> str:\n    tokens = enc.encode(prompt)\n    token_count = len(tokens)\n    logger.info(\"prompt token_count=%d max_tokens=%d\", token_count, max_tokens)\n    if token_count <= max_tokens:\n        return prompt\n    logger.warning(\"truncating prompt from %d to %d tokens\", token_count, max_tokens)\n    return enc.decode(tokens[:max_tokens])\n",
  "wave": 1
 },
 {
  "name": "log-la-py-password-policy",
  "kind": "safe",
  "lang": "python",
  "cwe": 532,
  "code": "import logging\nimport re\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\nlog = logging.getLogger(\"accounts\")\nMIN_PASSWORD_LENGTH = 12\n\n@app.post(\"/api/password/check\")\ndef check_password_strength():\n    password = request.json.get(\"password\", \"\")\n    has_password = bool(password)\n    problems = []\n    if len(password) < MIN_PASSWORD_LENGTH:\n        problems.append(\"too short\")\n    if not re.search(r\"\\d\", password):\n        problems.append(\"needs a digit\")\n    log.info(\"password check: has_password=%s length=%d problems=%s\", has_password, len(password), problems)\n    return jsonify(ok=not problems, problems=problems)\n",
  "wave": 1
 },
 {
  "name": "log-la-js-password-changed",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 532,
  "code": "const bcrypt = require('bcrypt');\nconst logger = require('./logger');\nconst db = require('./db');\n\nasync function changePassword(userId, currentPassword, newPassword) {\n  const user = await db.users.findById(userId);\n  if (!user || !(await bcrypt.compare(currentPassword, user.passwordHash))) {\n    logger.warn(`password change rejected for user ${userId}: wrong current password`);\n    return false;\n  }\n  const passwordHash = await bcrypt.hash(newPassword, 12);\n  await db.users.update(userId, { passwordHash });\n  logger.info(`password changed for user ${userId} (new length ${newPassword.length})`);\n  return true;\n}\n\nmodule.exports = { changePassword };\n",
  "wave": 1
 },
 {
  "name": "log-la-java-token-expiry",
  "kind": "safe",
  "lang": "java",
  "cwe": 532,
  "code": "import java.time.Instant;\nimport org.slf4j.Logger;\nimport org.slf4j.LoggerFactory;\n\npublic class TokenRefresher {\n    private static final Logger log = LoggerFactory.getLogger(TokenRefresher.class);\n    private final AuthClient client;\n    private String accessToken;\n    private Instant expiresAt = Instant.EPOCH;\n\n    public TokenRefresher(AuthClient client) { this.client = client; }\n\n    public synchronized String token() {\n        if (Instant.now().isAfter(expiresAt.minusSeconds(30))) {\n            TokenResponse r = client.refresh();\n            accessToken = r.getAccessToken();\n            expiresAt = Instant.now().plusSeconds(r.getExpiresIn());\n            log.info(\"Refreshed access token, expires at {} (token length {})\", expiresAt, accessToken.length());\n        }\n        return accessToken;\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "log-la-go-password-reset-requested",
  "kind": "safe",
  "lang": "go",
  "cwe": 532,
  "code": "package accounts\n\nimport (\n\t\"log\"\n\t\"net/http\"\n)\n\nfunc ResetRequestHandler(w http.ResponseWriter, r *http.Request) {\n\temail := r.FormValue(\"email\")\n\ttoken, err := issueResetToken(email)\n\tif err != nil {\n\t\tlog.Printf(\"password reset for %q failed: %v\", email, err)\n\t\thttp.Error(w, \"try again later\", http.StatusServiceUnavailable)\n\t\treturn\n\t}\n\tsendResetMail(email, token)\n\tlog.Printf(\"password reset token sent to %q\", email)\n\tw.WriteHeader(http.StatusAccepted)\n}\n",
  "wave": 1
 },
 {
  "name": "store-la-js-theme-cookie",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 315,
  "code": "const express = require('express');\nconst app = express();\napp.use(express.urlencoded({ extended: false }));\n\nconst THEMES = new Set(['light', 'dark', 'system']);\n\napp.post('/preferences', (req, res) => {\n  const theme = THEMES.has(req.body.theme) ? req.body.theme : 'system';\n  res.cookie('theme', theme, { maxAge: 365 * 24 * 3600 * 1000, sameSite: 'lax' });\n  res.cookie('password_hint_seen', '1', { maxAge: 365 * 24 * 3600 * 1000, sameSite: 'lax' });\n  res.redirect('/settings');\n});\n\napp.listen(3000);\n",
  "wave": 1
 },
 {
  "name": "store-la-py-token-usage-file",
  "kind": "safe",
  "lang": "python",
  "cwe": 312,
  "code": "import json\nfrom pathlib import Path\n\nUSAGE_FILE = Path(\"usage.json\")\n\ndef record_usage(model: str, prompt_tokens: int, completion_tokens: int) -> None:\n    usage = json.loads(USAGE_FILE.read_text()) if USAGE_FILE.exists() else {}\n    entry = usage.setdefault(model, {\"prompt_tokens\": 0, \"completion_tokens\": 0, \"token_count\": 0})\n    entry[\"prompt_tokens\"] += prompt_tokens\n    entry[\"completion_tokens\"] += completion_tokens\n    entry[\"token_count\"] += prompt_tokens + completion_tokens\n    USAGE_FILE.write_text(json.dumps(usage, indent=2))\n",
  "wave": 1
 },
 {
  "name": "resp-la-js-explicit-fields",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 200,
  "code": "const express = require('express');\nconst { User } = require('./models');\n\nconst router = express.Router();\n\nrouter.get('/me', async (req, res) => {\n  const user = await User.findByPk(req.session.userId);\n  if (!user) return res.status(401).json({ error: 'not logged in' });\n  res.json({ id: user.id, email: user.email, name: user.name, hasPassword: Boolean(user.passwordHash) });\n});\n\nmodule.exports = router;\n",
  "wave": 1
 },
 {
  "name": "resp-la-go-public-struct",
  "kind": "safe",
  "lang": "go",
  "cwe": 200,
  "code": "package api\n\nimport (\n\t\"encoding/json\"\n\t\"net/http\"\n)\n\ntype PasswordPolicy struct {\n\tMinLength      int  `json:\"min_length\"`\n\tRequireDigit   bool `json:\"require_digit\"`\n\tRequireSymbol  bool `json:\"require_symbol\"`\n\tMaxAgeDays     int  `json:\"max_age_days\"`\n}\n\nfunc PolicyHandler(w http.ResponseWriter, r *http.Request) {\n\tw.Header().Set(\"Content-Type\", \"application/json\")\n\tjson.NewEncoder(w).Encode(PasswordPolicy{MinLength: 12, RequireDigit: true, RequireSymbol: false, MaxAgeDays: 0})\n}\n",
  "wave": 1
 },
 {
  "name": "resp-la-py-password-policy",
  "kind": "safe",
  "lang": "python",
  "cwe": 200,
  "code": "from flask import Flask, jsonify\n\napp = Flask(__name__)\n\nPASSWORD_POLICY = {\"min_length\": 12, \"require_digit\": True, \"require_symbol\": False}\n\n@app.get(\"/api/password-policy\")\ndef password_policy():\n    return jsonify(password_policy=PASSWORD_POLICY, token_lifetime_minutes=60)\n",
  "wave": 1
 },
 {
  "name": "err-la-go-bad-json",
  "kind": "safe",
  "lang": "go",
  "cwe": 209,
  "code": "package api\n\nimport (\n\t\"encoding/json\"\n\t\"net/http\"\n)\n\ntype createNote struct {\n\tTitle string `json:\"title\"`\n\tBody  string `json:\"body\"`\n}\n\nfunc CreateNote(w http.ResponseWriter, r *http.Request) {\n\tvar in createNote\n\tif err := json.NewDecoder(r.Body).Decode(&in); err != nil {\n\t\thttp.Error(w, \"invalid JSON body\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tif in.Title == \"\" {\n\t\thttp.Error(w, \"title is required\", http.StatusUnprocessableEntity)\n\t\treturn\n\t}\n\tw.WriteHeader(http.StatusCreated)\n}\n",
  "wave": 1
 },
 {
  "name": "err-la-php-validation",
  "kind": "safe",
  "lang": "php",
  "cwe": 209,
  "code": "<?php\n$email = filter_input(INPUT_POST, 'email', FILTER_VALIDATE_EMAIL);\nif ($email === false || $email === null) {\n    http_response_code(422);\n    echo json_encode(['error' => 'Please enter a valid email address']);\n    exit;\n}\ntry {\n    subscribe($email);\n    echo json_encode(['ok' => true]);\n} catch (Exception $e) {\n    error_log('subscribe failed: ' . $e->getMessage());\n    http_response_code(500);\n    echo json_encode(['error' => 'Could not subscribe right now']);\n}\n",
  "wave": 1
 },
 {
  "name": "log-py-fastapi-oauth-form",
  "kind": "vuln",
  "lang": "python",
  "cwe": 532,
  "code": "import logging\nfrom fastapi import FastAPI, Depends, HTTPException\nfrom fastapi.security import OAuth2PasswordRequestForm\nfrom .auth import authenticate_user, create_access_token\n\napp = FastAPI()\nlogger = logging.getLogger(\"api.auth\")\n\n@app.post(\"/token\")\nasync def login(form_data: OAuth2PasswordRequestForm = Depends()):\n    logger.debug(\"Authenticating %s with %s\", form_data.username, form_data.password)\n    user = authenticate_user(form_data.username, form_data.password)\n    if not user:\n        raise HTTPException(status_code=401, detail=\"Incorrect username or password\")\n    return {\"access_token\": create_access_token(user.username), \"token_type\": \"bearer\"}\n",
  "wave": 2
 },
 {
  "name": "log-py-fastapi-oauth-form",
  "kind": "safe",
  "lang": "python",
  "cwe": 532,
  "code": "import logging\nfrom fastapi import FastAPI, Depends, HTTPException\nfrom fastapi.security import OAuth2PasswordRequestForm\nfrom .auth import authenticate_user, create_access_token\n\napp = FastAPI()\nlogger = logging.getLogger(\"api.auth\")\n\n@app.post(\"/token\")\nasync def login(form_data: OAuth2PasswordRequestForm = Depends()):\n    logger.debug(\"Authenticating %s\", form_data.username)\n    user = authenticate_user(form_data.username, form_data.password)\n    if not user:\n        raise HTTPException(status_code=401, detail=\"Incorrect username or password\")\n    return {\"access_token\": create_access_token(user.username), \"token_type\": \"bearer\"}\n",
  "wave": 2
 },
 {
  "name": "log-py-structlog-kwargs",
  "kind": "vuln",
  "lang": "python",
  "cwe": 532,
  "code": "import structlog\nimport httpx\n\nlog = structlog.get_logger()\n\nclass GeoClient:\n    def __init__(self, api_key: str, base_url: str = \"https://geo.example.com\"):\n        self.api_key = api_key\n        self.base_url = base_url\n\n    def lookup(self, ip: str) -> dict:\n        log.info(\"geo_lookup\", ip=ip, api_key=self.api_key)\n        r = httpx.get(f\"{self.base_url}/v1/ip/{ip}\", headers={\"Authorization\": f\"Bearer {self.api_key}\"}, timeout=5)\n        r.raise_for_status()\n        return r.json()\n",
  "wave": 2
 },
 {
  "name": "log-py-structlog-kwargs",
  "kind": "safe",
  "lang": "python",
  "cwe": 532,
  "code": "import structlog\nimport httpx\n\nlog = structlog.get_logger()\n\nclass GeoClient:\n    def __init__(self, api_key: str, base_url: str = \"https://geo.example.com\"):\n        self.api_key = api_key\n        self.base_url = base_url\n\n    def lookup(self, ip: str) -> dict:\n        log.info(\"geo_lookup\", ip=ip, key_suffix=self.api_key[-4:])\n        r = httpx.get(f\"{self.base_url}/v1/ip/{ip}\", headers={\"Authorization\": f\"Bearer {self.api_key}\"}, timeout=5)\n        r.raise_for_status()\n        return r.json()\n",
  "wave": 2,
  "notCwe": 532
 },
 {
  "name": "log-js-fastify-body",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 532,
  "code": "const fastify = require('fastify')({ logger: true });\nconst { verifyUser } = require('./users');\n\nfastify.post('/api/login', async (request, reply) => {\n  request.log.info({ body: request.body }, 'login request');\n  const user = await verifyUser(request.body.username, request.body.password);\n  if (!user) {\n    return reply.code(401).send({ error: 'invalid credentials' });\n  }\n  return { id: user.id };\n});\n\nfastify.listen({ port: 3000 });\n",
  "wave": 2
 },
 {
  "name": "log-js-fastify-body",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 532,
  "code": "const fastify = require('fastify')({ logger: true });\nconst { verifyUser } = require('./users');\n\nfastify.post('/api/login', async (request, reply) => {\n  request.log.info({ user: request.body.username }, 'login request');\n  const user = await verifyUser(request.body.username, request.body.password);\n  if (!user) {\n    return reply.code(401).send({ error: 'invalid credentials' });\n  }\n  return { id: user.id };\n});\n\nfastify.listen({ port: 3000 });\n",
  "wave": 2
 },
 {
  "name": "log-ts-nest-auth-service",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 532,
  "code": "import { Injectable, Logger, UnauthorizedException } from '@nestjs/common';\nimport { UsersService } from '../users/users.service';\nimport * as bcrypt from 'bcrypt';\n\n@Injectable()\nexport class AuthService {\n  private readonly logger = new Logger(AuthService.name);\n\n  constructor(private readonly users: UsersService) {}\n\n  async validateUser(username: string, password: string) {\n    this.logger.log(`Validating user ${username} with password ${password}`);\n    const user = await this.users.findByUsername(username);\n    if (!user || !(await bcrypt.compare(password, user.passwordHash))) {\n      throw new UnauthorizedException();\n    }\n    return { id: user.id, username: user.username };\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "log-ts-nest-auth-service",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 532,
  "code": "import { Injectable, Logger, UnauthorizedException } from '@nestjs/common';\nimport { UsersService } from '../users/users.service';\nimport * as bcrypt from 'bcrypt';\n\n@Injectable()\nexport class AuthService {\n  private readonly logger = new Logger(AuthService.name);\n\n  constructor(private readonly users: UsersService) {}\n\n  async validateUser(username: string, password: string) {\n    this.logger.log(`Validating user ${username}`);\n    const user = await this.users.findByUsername(username);\n    if (!user || !(await bcrypt.compare(password, user.passwordHash))) {\n      this.logger.warn(`Wrong password for ${username}`);\n      throw new UnauthorizedException();\n    }\n    return { id: user.id, username: user.username };\n  }\n}\n",
  "wave": 2
 },
 {
  "name": "log-js-axios-interceptor",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 532,
  "code": "import axios from 'axios';\n\nconst api = axios.create({ baseURL: 'https://api.example.com' });\n\napi.interceptors.request.use((config) => {\n  config.headers.Authorization = `Bearer ${localStorage.getItem('accessToken')}`;\n  console.debug('API request', config.method, config.url, config.headers);\n  return config;\n});\n\nexport default api;\n",
  "wave": 2
 },
 {
  "name": "log-js-axios-interceptor",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 532,
  "code": "import axios from 'axios';\n\nconst api = axios.create({ baseURL: 'https://api.example.com' });\n\napi.interceptors.request.use((config) => {\n  config.headers.Authorization = `Bearer ${localStorage.getItem('accessToken')}`;\n  console.debug('API request', config.method, config.url);\n  return config;\n});\n\nexport default api;\n",
  "wave": 2
 },
 {
  "name": "log-java-log4j-api-key",
  "kind": "vuln",
  "lang": "java",
  "cwe": 532,
  "code": "import org.apache.logging.log4j.LogManager;\nimport org.apache.logging.log4j.Logger;\nimport java.net.URI;\nimport java.net.http.HttpClient;\nimport java.net.http.HttpRequest;\nimport java.net.http.HttpResponse;\n\npublic class ExchangeRateClient {\n    private static final Logger logger = LogManager.getLogger(ExchangeRateClient.class);\n    private final HttpClient http = HttpClient.newHttpClient();\n    private final String apiKey;\n\n    public ExchangeRateClient(String apiKey) { this.apiKey = apiKey; }\n\n    public String latest(String base) throws Exception {\n        logger.debug(\"Requesting rates for \" + base + \" with key \" + apiKey);\n        HttpRequest req = HttpRequest.newBuilder(URI.create(\"https://rates.example.com/latest?base=\" + base))\n            .header(\"X-API-Key\", apiKey).build();\n        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "log-java-log4j-api-key",
  "kind": "safe",
  "lang": "java",
  "cwe": 532,
  "code": "import org.apache.logging.log4j.LogManager;\nimport org.apache.logging.log4j.Logger;\nimport java.net.URI;\nimport java.net.http.HttpClient;\nimport java.net.http.HttpRequest;\nimport java.net.http.HttpResponse;\n\npublic class ExchangeRateClient {\n    private static final Logger logger = LogManager.getLogger(ExchangeRateClient.class);\n    private final HttpClient http = HttpClient.newHttpClient();\n    private final String apiKey;\n\n    public ExchangeRateClient(String apiKey) { this.apiKey = apiKey; }\n\n    public String latest(String base) throws Exception {\n        logger.debug(\"Requesting rates for \" + base);\n        HttpRequest req = HttpRequest.newBuilder(URI.create(\"https://rates.example.com/latest?base=\" + base))\n            .header(\"X-API-Key\", apiKey).build();\n        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "log-java-session-id",
  "kind": "vuln",
  "lang": "java",
  "cwe": 532,
  "code": "import java.io.IOException;\nimport java.util.logging.Logger;\nimport javax.servlet.http.*;\n\npublic class SessionStartServlet extends HttpServlet {\n    private static final Logger LOG = Logger.getLogger(SessionStartServlet.class.getName());\n\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String user = (String) req.getAttribute(\"authenticatedUser\");\n        HttpSession old = req.getSession(false);\n        if (old != null) {\n            old.invalidate();\n        }\n        HttpSession session = req.getSession(true);\n        String sessionId = session.getId();\n        session.setAttribute(\"user\", user);\n        LOG.info(\"New session \" + sessionId + \" for \" + user);\n        resp.sendRedirect(\"/app\");\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "log-java-session-id",
  "kind": "safe",
  "lang": "java",
  "cwe": 532,
  "code": "import java.io.IOException;\nimport java.util.logging.Logger;\nimport javax.servlet.http.*;\n\npublic class SessionStartServlet extends HttpServlet {\n    private static final Logger LOG = Logger.getLogger(SessionStartServlet.class.getName());\n\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String user = (String) req.getAttribute(\"authenticatedUser\");\n        HttpSession old = req.getSession(false);\n        if (old != null) {\n            old.invalidate();\n        }\n        HttpSession session = req.getSession(true);\n        session.setAttribute(\"user\", user);\n        LOG.info(\"New session for \" + user);\n        resp.sendRedirect(\"/app\");\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "log-go-logrus-fields",
  "kind": "vuln",
  "lang": "go",
  "cwe": 532,
  "code": "package signup\n\nimport (\n\t\"encoding/json\"\n\t\"net/http\"\n\n\t\"github.com/sirupsen/logrus\"\n)\n\ntype form struct {\n\tEmail    string `json:\"email\"`\n\tPassword string `json:\"password\"`\n}\n\nfunc Handler(w http.ResponseWriter, r *http.Request) {\n\tvar f form\n\tif err := json.NewDecoder(r.Body).Decode(&f); err != nil {\n\t\thttp.Error(w, \"bad request\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tlogrus.WithFields(logrus.Fields{\"email\": f.Email, \"password\": f.Password}).Info(\"signup\")\n\tif err := createAccount(f.Email, f.Password); err != nil {\n\t\thttp.Error(w, \"could not sign up\", http.StatusInternalServerError)\n\t\treturn\n\t}\n\tw.WriteHeader(http.StatusCreated)\n}\n",
  "wave": 2
 },
 {
  "name": "log-go-logrus-fields",
  "kind": "safe",
  "lang": "go",
  "cwe": 532,
  "code": "package signup\n\nimport (\n\t\"encoding/json\"\n\t\"net/http\"\n\n\t\"github.com/sirupsen/logrus\"\n)\n\ntype form struct {\n\tEmail    string `json:\"email\"`\n\tPassword string `json:\"password\"`\n}\n\nfunc Handler(w http.ResponseWriter, r *http.Request) {\n\tvar f form\n\tif err := json.NewDecoder(r.Body).Decode(&f); err != nil {\n\t\thttp.Error(w, \"bad request\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tlogrus.WithFields(logrus.Fields{\"email\": f.Email}).Info(\"signup\")\n\tif err := createAccount(f.Email, f.Password); err != nil {\n\t\thttp.Error(w, \"could not sign up\", http.StatusInternalServerError)\n\t\treturn\n\t}\n\tw.WriteHeader(http.StatusCreated)\n}\n",
  "wave": 2
 },
 {
  "name": "log-go-zap-oauth-token",
  "kind": "vuln",
  "lang": "go",
  "cwe": 532,
  "code": "package sync\n\nimport (\n\t\"context\"\n\n\t\"go.uber.org/zap\"\n\t\"golang.org/x/oauth2\"\n)\n\nfunc refresh(ctx context.Context, conf *oauth2.Config, old *oauth2.Token, logger *zap.Logger) (*oauth2.Token, error) {\n\ttok, err := conf.TokenSource(ctx, old).Token()\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tlogger.Info(\"refreshed token\", zap.String(\"access_token\", tok.AccessToken), zap.Time(\"expiry\", tok.Expiry))\n\treturn tok, nil\n}\n",
  "wave": 2
 },
 {
  "name": "log-go-zap-oauth-token",
  "kind": "safe",
  "lang": "go",
  "cwe": 532,
  "code": "package sync\n\nimport (\n\t\"context\"\n\n\t\"go.uber.org/zap\"\n\t\"golang.org/x/oauth2\"\n)\n\nfunc refresh(ctx context.Context, conf *oauth2.Config, old *oauth2.Token, logger *zap.Logger) (*oauth2.Token, error) {\n\ttok, err := conf.TokenSource(ctx, old).Token()\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tlogger.Info(\"refreshed token\", zap.Time(\"expiry\", tok.Expiry), zap.String(\"type\", tok.TokenType))\n\treturn tok, nil\n}\n",
  "wave": 2
 },
 {
  "name": "store-py-sqlalchemy-model",
  "kind": "vuln",
  "lang": "python",
  "cwe": 256,
  "code": "from flask import Flask, request, jsonify\nfrom flask_sqlalchemy import SQLAlchemy\n\napp = Flask(__name__)\ndb = SQLAlchemy(app)\n\nclass User(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n    email = db.Column(db.String(255), unique=True, nullable=False)\n    password = db.Column(db.String(255), nullable=False)\n\n@app.post(\"/register\")\ndef register():\n    data = request.get_json()\n    user = User(email=data[\"email\"], password=data[\"password\"])\n    db.session.add(user)\n    db.session.commit()\n    return jsonify(id=user.id), 201\n",
  "wave": 2
 },
 {
  "name": "store-py-sqlalchemy-model",
  "kind": "safe",
  "lang": "python",
  "cwe": 256,
  "code": "from flask import Flask, request, jsonify\nfrom flask_sqlalchemy import SQLAlchemy\nfrom werkzeug.security import generate_password_hash\n\napp = Flask(__name__)\ndb = SQLAlchemy(app)\n\nclass User(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n    email = db.Column(db.String(255), unique=True, nullable=False)\n    password_hash = db.Column(db.String(255), nullable=False)\n\n@app.post(\"/register\")\ndef register():\n    data = request.get_json()\n    user = User(email=data[\"email\"], password_hash=generate_password_hash(data[\"password\"]))\n    db.session.add(user)\n    db.session.commit()\n    return jsonify(id=user.id), 201\n",
  "wave": 2
 },
 {
  "name": "store-js-csv-append",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 312,
  "code": "const express = require('express');\nconst fs = require('fs');\n\nconst app = express();\napp.use(express.urlencoded({ extended: false }));\n\napp.post('/signup', (req, res) => {\n  const { username, password } = req.body;\n  if (!username || !password) return res.status(400).send('missing fields');\n  fs.appendFileSync('users.csv', `${username},${password}\\n`);\n  res.redirect('/login');\n});\n\napp.listen(3000);\n",
  "wave": 2
 },
 {
  "name": "store-js-csv-append",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 312,
  "code": "const express = require('express');\nconst fs = require('fs');\nconst bcrypt = require('bcrypt');\n\nconst app = express();\napp.use(express.urlencoded({ extended: false }));\n\napp.post('/signup', async (req, res) => {\n  const { username, password } = req.body;\n  if (!username || !password) return res.status(400).send('missing fields');\n  const hash = await bcrypt.hash(password, 12);\n  fs.appendFileSync('users.csv', `${username},${hash}\\n`);\n  res.redirect('/login');\n});\n\napp.listen(3000);\n",
  "wave": 2
 },
 {
  "name": "store-js-cookie-ssn",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 315,
  "code": "const express = require('express');\nconst app = express();\napp.use(express.json());\n\napp.post('/apply/step1', (req, res) => {\n  const { fullName, ssn, dateOfBirth } = req.body;\n  res.cookie('applicant', fullName, { httpOnly: true, secure: true });\n  res.cookie('ssn', ssn, { httpOnly: true, secure: true });\n  res.cookie('dob', dateOfBirth, { httpOnly: true, secure: true });\n  res.json({ next: '/apply/step2' });\n});\n\napp.listen(3000);\n",
  "wave": 2
 },
 {
  "name": "store-js-cookie-ssn",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 315,
  "code": "const express = require('express');\nconst session = require('express-session');\nconst app = express();\napp.use(express.json());\napp.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { httpOnly: true, secure: true } }));\n\napp.post('/apply/step1', (req, res) => {\n  const { fullName, ssn, dateOfBirth } = req.body;\n  req.session.application = { fullName, ssn, dateOfBirth };\n  res.json({ next: '/apply/step2' });\n});\n\napp.listen(3000);\n",
  "wave": 2
 },
 {
  "name": "store-java-files-write",
  "kind": "vuln",
  "lang": "java",
  "cwe": 312,
  "code": "import java.io.IOException;\nimport java.nio.file.Files;\nimport java.nio.file.Path;\nimport java.nio.file.StandardOpenOption;\n\npublic class LocalUserStore {\n    private final Path file = Path.of(\"data\", \"users.txt\");\n\n    public void addUser(String username, String password) throws IOException {\n        Files.createDirectories(file.getParent());\n        Files.writeString(file, username + \":\" + password + System.lineSeparator(),\n            StandardOpenOption.CREATE, StandardOpenOption.APPEND);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "store-java-files-write",
  "kind": "safe",
  "lang": "java",
  "cwe": 312,
  "code": "import java.io.IOException;\nimport java.nio.file.Files;\nimport java.nio.file.Path;\nimport java.nio.file.StandardOpenOption;\nimport org.mindrot.jbcrypt.BCrypt;\n\npublic class LocalUserStore {\n    private final Path file = Path.of(\"data\", \"users.txt\");\n\n    public void addUser(String username, String password) throws IOException {\n        Files.createDirectories(file.getParent());\n        String hashed = BCrypt.hashpw(password, BCrypt.gensalt(12));\n        Files.writeString(file, username + \":\" + hashed + System.lineSeparator(),\n            StandardOpenOption.CREATE, StandardOpenOption.APPEND);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "store-java-jpa-register",
  "kind": "vuln",
  "lang": "java",
  "cwe": 256,
  "code": "import org.springframework.stereotype.Service;\nimport org.springframework.transaction.annotation.Transactional;\n\n@Service\npublic class RegistrationService {\n    private final UserRepository userRepository;\n\n    public RegistrationService(UserRepository userRepository) {\n        this.userRepository = userRepository;\n    }\n\n    @Transactional\n    public User register(RegisterRequest dto) {\n        if (userRepository.existsByEmail(dto.getEmail())) {\n            throw new IllegalStateException(\"email already registered\");\n        }\n        User user = new User();\n        user.setEmail(dto.getEmail());\n        user.setDisplayName(dto.getDisplayName());\n        user.setPassword(dto.getPassword());\n        return userRepository.save(user);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "store-java-jpa-register",
  "kind": "safe",
  "lang": "java",
  "cwe": 256,
  "code": "import org.springframework.security.crypto.password.PasswordEncoder;\nimport org.springframework.stereotype.Service;\nimport org.springframework.transaction.annotation.Transactional;\n\n@Service\npublic class RegistrationService {\n    private final UserRepository userRepository;\n    private final PasswordEncoder passwordEncoder;\n\n    public RegistrationService(UserRepository userRepository, PasswordEncoder passwordEncoder) {\n        this.userRepository = userRepository;\n        this.passwordEncoder = passwordEncoder;\n    }\n\n    @Transactional\n    public User register(RegisterRequest dto) {\n        if (userRepository.existsByEmail(dto.getEmail())) {\n            throw new IllegalStateException(\"email already registered\");\n        }\n        User user = new User();\n        user.setEmail(dto.getEmail());\n        user.setDisplayName(dto.getDisplayName());\n        user.setPassword(passwordEncoder.encode(dto.getPassword()));\n        return userRepository.save(user);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "store-go-gorm-create",
  "kind": "vuln",
  "lang": "go",
  "cwe": 256,
  "code": "package handlers\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/gin-gonic/gin\"\n\t\"gorm.io/gorm\"\n)\n\ntype User struct {\n\tID       uint   `gorm:\"primaryKey\"`\n\tEmail    string `gorm:\"uniqueIndex\"`\n\tPassword string\n}\n\ntype registerInput struct {\n\tEmail    string `json:\"email\" binding:\"required,email\"`\n\tPassword string `json:\"password\" binding:\"required,min=8\"`\n}\n\nfunc Register(db *gorm.DB) gin.HandlerFunc {\n\treturn func(c *gin.Context) {\n\t\tvar in registerInput\n\t\tif err := c.ShouldBindJSON(&in); err != nil {\n\t\t\tc.JSON(http.StatusBadRequest, gin.H{\"error\": \"invalid input\"})\n\t\t\treturn\n\t\t}\n\t\tuser := User{Email: in.Email, Password: in.Password}\n\t\tif err := db.Create(&user).Error; err != nil {\n\t\t\tc.JSON(http.StatusConflict, gin.H{\"error\": \"email taken\"})\n\t\t\treturn\n\t\t}\n\t\tc.JSON(http.StatusCreated, gin.H{\"id\": user.ID})\n\t}\n}\n",
  "wave": 2
 },
 {
  "name": "store-go-gorm-create",
  "kind": "safe",
  "lang": "go",
  "cwe": 256,
  "code": "package handlers\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/gin-gonic/gin\"\n\t\"golang.org/x/crypto/bcrypt\"\n\t\"gorm.io/gorm\"\n)\n\ntype User struct {\n\tID           uint   `gorm:\"primaryKey\"`\n\tEmail        string `gorm:\"uniqueIndex\"`\n\tPasswordHash string\n}\n\ntype registerInput struct {\n\tEmail    string `json:\"email\" binding:\"required,email\"`\n\tPassword string `json:\"password\" binding:\"required,min=8\"`\n}\n\nfunc Register(db *gorm.DB) gin.HandlerFunc {\n\treturn func(c *gin.Context) {\n\t\tvar in registerInput\n\t\tif err := c.ShouldBindJSON(&in); err != nil {\n\t\t\tc.JSON(http.StatusBadRequest, gin.H{\"error\": \"invalid input\"})\n\t\t\treturn\n\t\t}\n\t\thash, err := bcrypt.GenerateFromPassword([]byte(in.Password), bcrypt.DefaultCost)\n\t\tif err != nil {\n\t\t\tc.JSON(http.StatusInternalServerError, gin.H{\"error\": \"internal error\"})\n\t\t\treturn\n\t\t}\n\t\tuser := User{Email: in.Email, PasswordHash: string(hash)}\n\t\tif err := db.Create(&user).Error; err != nil {\n\t\t\tc.JSON(http.StatusConflict, gin.H{\"error\": \"email taken\"})\n\t\t\treturn\n\t\t}\n\t\tc.JSON(http.StatusCreated, gin.H{\"id\": user.ID})\n\t}\n}\n",
  "wave": 2
 },
 {
  "name": "store-go-cookie-api-key",
  "kind": "vuln",
  "lang": "go",
  "cwe": 315,
  "code": "package dashboard\n\nimport \"net/http\"\n\nfunc ConnectHandler(w http.ResponseWriter, r *http.Request) {\n\tkey := r.FormValue(\"api_key\")\n\tif !validAPIKey(key) {\n\t\thttp.Error(w, \"invalid key\", http.StatusUnauthorized)\n\t\treturn\n\t}\n\thttp.SetCookie(w, &http.Cookie{Name: \"api_key\", Value: key, Path: \"/\", HttpOnly: true, Secure: true})\n\thttp.Redirect(w, r, \"/dashboard\", http.StatusFound)\n}\n",
  "wave": 2
 },
 {
  "name": "store-go-cookie-api-key",
  "kind": "safe",
  "lang": "go",
  "cwe": 315,
  "code": "package dashboard\n\nimport \"net/http\"\n\nfunc ConnectHandler(w http.ResponseWriter, r *http.Request) {\n\tkey := r.FormValue(\"api_key\")\n\tif !validAPIKey(key) {\n\t\thttp.Error(w, \"invalid key\", http.StatusUnauthorized)\n\t\treturn\n\t}\n\tsid := newSession(key)\n\thttp.SetCookie(w, &http.Cookie{Name: \"sid\", Value: sid, Path: \"/\", HttpOnly: true, Secure: true})\n\thttp.Redirect(w, r, \"/dashboard\", http.StatusFound)\n}\n",
  "wave": 2
 },
 {
  "name": "resp-py-sqlalchemy-columns",
  "kind": "vuln",
  "lang": "python",
  "cwe": 200,
  "code": "from flask import Flask, jsonify, abort\nfrom .models import db, User\n\napp = Flask(__name__)\n\n@app.get(\"/api/users/<int:user_id>\")\ndef get_user(user_id):\n    user = db.session.get(User, user_id)\n    if user is None:\n        abort(404)\n    return jsonify({c.name: getattr(user, c.name) for c in user.__table__.columns})\n",
  "wave": 2
 },
 {
  "name": "resp-py-sqlalchemy-columns",
  "kind": "safe",
  "lang": "python",
  "cwe": 200,
  "code": "from flask import Flask, jsonify, abort\nfrom .models import db, User\n\napp = Flask(__name__)\nPUBLIC_FIELDS = (\"id\", \"username\", \"email\", \"created_at\")\n\n@app.get(\"/api/users/<int:user_id>\")\ndef get_user(user_id):\n    user = db.session.get(User, user_id)\n    if user is None:\n        abort(404)\n    return jsonify({name: getattr(user, name) for name in PUBLIC_FIELDS})\n",
  "wave": 2
 },
 {
  "name": "resp-js-env-spread",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 200,
  "code": "const http = require('http');\n\nconst server = http.createServer((req, res) => {\n  if (req.url === '/config') {\n    res.writeHead(200, { 'Content-Type': 'application/json' });\n    res.end(JSON.stringify({ ...process.env, pid: process.pid }));\n    return;\n  }\n  res.writeHead(404);\n  res.end();\n});\n\nserver.listen(8080);\n",
  "wave": 2
 },
 {
  "name": "resp-js-env-spread",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 200,
  "code": "const http = require('http');\n\nconst server = http.createServer((req, res) => {\n  if (req.url === '/config') {\n    res.writeHead(200, { 'Content-Type': 'application/json' });\n    res.end(JSON.stringify({ nodeEnv: process.env.NODE_ENV, pid: process.pid }));\n    return;\n  }\n  res.writeHead(404);\n  res.end();\n});\n\nserver.listen(8080);\n",
  "wave": 2
 },
 {
  "name": "resp-js-knex-first",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 200,
  "code": "const express = require('express');\nconst knex = require('./db');\n\nconst router = express.Router();\n\nrouter.get('/users/:id', async (req, res) => {\n  const user = await knex('users').where({ id: req.params.id }).first();\n  if (!user) return res.sendStatus(404);\n  res.json(user);\n});\n\nmodule.exports = router;\n",
  "wave": 2,
  "low": true
 },
 {
  "name": "resp-js-knex-first",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 200,
  "code": "const express = require('express');\nconst knex = require('./db');\n\nconst router = express.Router();\n\nrouter.get('/users/:id', async (req, res) => {\n  const user = await knex('users').select('id', 'name', 'email').where({ id: req.params.id }).first();\n  if (!user) return res.sendStatus(404);\n  res.json(user);\n});\n\nmodule.exports = router;\n",
  "wave": 2
 },
 {
  "name": "resp-java-servlet-env",
  "kind": "vuln",
  "lang": "java",
  "cwe": 200,
  "code": "import java.io.IOException;\nimport java.io.PrintWriter;\nimport javax.servlet.http.*;\n\npublic class StatusServlet extends HttpServlet {\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        resp.setContentType(\"text/plain\");\n        PrintWriter out = resp.getWriter();\n        out.println(\"status: ok\");\n        out.println(System.getenv());\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "resp-java-servlet-env",
  "kind": "safe",
  "lang": "java",
  "cwe": 200,
  "code": "import java.io.IOException;\nimport java.io.PrintWriter;\nimport javax.servlet.http.*;\n\npublic class StatusServlet extends HttpServlet {\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        resp.setContentType(\"text/plain\");\n        PrintWriter out = resp.getWriter();\n        out.println(\"status: ok\");\n        out.println(\"version: \" + System.getenv().getOrDefault(\"APP_VERSION\", \"dev\"));\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "resp-go-echo-user",
  "kind": "vuln",
  "lang": "go",
  "cwe": 200,
  "code": "package main\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/labstack/echo/v4\"\n\t\"gorm.io/gorm\"\n)\n\ntype Account struct {\n\tID       uint   `json:\"id\"`\n\tUsername string `json:\"username\"`\n\tEmail    string `json:\"email\"`\n\tPassword string `json:\"password\"`\n}\n\nfunc getAccount(db *gorm.DB) echo.HandlerFunc {\n\treturn func(c echo.Context) error {\n\t\tvar account Account\n\t\tif err := db.First(&account, c.Param(\"id\")).Error; err != nil {\n\t\t\treturn c.JSON(http.StatusNotFound, map[string]string{\"error\": \"not found\"})\n\t\t}\n\t\treturn c.JSON(http.StatusOK, account)\n\t}\n}\n",
  "wave": 2
 },
 {
  "name": "resp-go-echo-user",
  "kind": "safe",
  "lang": "go",
  "cwe": 200,
  "code": "package main\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/labstack/echo/v4\"\n\t\"gorm.io/gorm\"\n)\n\ntype Account struct {\n\tID       uint   `json:\"id\"`\n\tUsername string `json:\"username\"`\n\tEmail    string `json:\"email\"`\n\tPassword string `json:\"-\"`\n}\n\nfunc getAccount(db *gorm.DB) echo.HandlerFunc {\n\treturn func(c echo.Context) error {\n\t\tvar account Account\n\t\tif err := db.First(&account, c.Param(\"id\")).Error; err != nil {\n\t\t\treturn c.JSON(http.StatusNotFound, map[string]string{\"error\": \"not found\"})\n\t\t}\n\t\treturn c.JSON(http.StatusOK, account)\n\t}\n}\n",
  "wave": 2
 },
 {
  "name": "resp-go-gin-list-users",
  "kind": "vuln",
  "lang": "go",
  "cwe": 200,
  "code": "package api\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/gin-gonic/gin\"\n\t\"gorm.io/gorm\"\n)\n\ntype User struct {\n\tID           uint   `json:\"id\"`\n\tName         string `json:\"name\"`\n\tPasswordHash string `json:\"passwordHash\"`\n\tRole         string `json:\"role\"`\n}\n\nfunc ListUsers(db *gorm.DB) gin.HandlerFunc {\n\treturn func(c *gin.Context) {\n\t\tvar users []User\n\t\tif err := db.Find(&users).Error; err != nil {\n\t\t\tc.JSON(http.StatusInternalServerError, gin.H{\"error\": \"could not list users\"})\n\t\t\treturn\n\t\t}\n\t\tc.JSON(http.StatusOK, users)\n\t}\n}\n",
  "wave": 2
 },
 {
  "name": "resp-go-gin-list-users",
  "kind": "safe",
  "lang": "go",
  "cwe": 200,
  "code": "package api\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/gin-gonic/gin\"\n\t\"gorm.io/gorm\"\n)\n\ntype User struct {\n\tID           uint   `json:\"id\"`\n\tName         string `json:\"name\"`\n\tPasswordHash string `json:\"-\"`\n\tRole         string `json:\"role\"`\n}\n\nfunc ListUsers(db *gorm.DB) gin.HandlerFunc {\n\treturn func(c *gin.Context) {\n\t\tvar users []User\n\t\tif err := db.Find(&users).Error; err != nil {\n\t\t\tc.JSON(http.StatusInternalServerError, gin.H{\"error\": \"could not list users\"})\n\t\t\treturn\n\t\t}\n\t\tc.JSON(http.StatusOK, users)\n\t}\n}\n",
  "wave": 2
 },
 {
  "name": "err-go-echo-httperror",
  "kind": "vuln",
  "lang": "go",
  "cwe": 209,
  "code": "package main\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/labstack/echo/v4\"\n)\n\nfunc deleteItem(store *Store) echo.HandlerFunc {\n\treturn func(c echo.Context) error {\n\t\tif err := store.Delete(c.Request().Context(), c.Param(\"id\")); err != nil {\n\t\t\treturn echo.NewHTTPError(http.StatusInternalServerError, err.Error())\n\t\t}\n\t\treturn c.NoContent(http.StatusNoContent)\n\t}\n}\n",
  "wave": 2
 },
 {
  "name": "err-go-echo-httperror",
  "kind": "safe",
  "lang": "go",
  "cwe": 209,
  "code": "package main\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/labstack/echo/v4\"\n)\n\nfunc deleteItem(store *Store) echo.HandlerFunc {\n\treturn func(c echo.Context) error {\n\t\tif err := store.Delete(c.Request().Context(), c.Param(\"id\")); err != nil {\n\t\t\tc.Logger().Errorf(\"delete item %s: %v\", c.Param(\"id\"), err)\n\t\t\treturn echo.NewHTTPError(http.StatusInternalServerError, \"could not delete item\")\n\t\t}\n\t\treturn c.NoContent(http.StatusNoContent)\n\t}\n}\n",
  "wave": 2
 },
 {
  "name": "err-go-fprintf-500",
  "kind": "vuln",
  "lang": "go",
  "cwe": 209,
  "code": "package files\n\nimport (\n\t\"fmt\"\n\t\"io\"\n\t\"net/http\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nfunc Download(w http.ResponseWriter, r *http.Request) {\n\tname := filepath.Base(r.URL.Query().Get(\"name\"))\n\tf, err := os.Open(filepath.Join(\"/srv/files\", name))\n\tif err != nil {\n\t\tw.WriteHeader(http.StatusInternalServerError)\n\t\tfmt.Fprintf(w, \"could not open file: %v\", err)\n\t\treturn\n\t}\n\tdefer f.Close()\n\tio.Copy(w, f)\n}\n",
  "wave": 2
 },
 {
  "name": "err-go-fprintf-500",
  "kind": "safe",
  "lang": "go",
  "cwe": 209,
  "code": "package files\n\nimport (\n\t\"io\"\n\t\"log\"\n\t\"net/http\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nfunc Download(w http.ResponseWriter, r *http.Request) {\n\tname := filepath.Base(r.URL.Query().Get(\"name\"))\n\tf, err := os.Open(filepath.Join(\"/srv/files\", name))\n\tif err != nil {\n\t\tlog.Printf(\"download %q: %v\", name, err)\n\t\thttp.Error(w, \"file not available\", http.StatusNotFound)\n\t\treturn\n\t}\n\tdefer f.Close()\n\tio.Copy(w, f)\n}\n",
  "wave": 2
 },
 {
  "name": "err-go-fiber-json",
  "kind": "vuln",
  "lang": "go",
  "cwe": 209,
  "code": "package main\n\nimport (\n\t\"github.com/gofiber/fiber/v2\"\n\t\"github.com/jmoiron/sqlx\"\n)\n\ntype Book struct {\n\tID    int    `db:\"id\" json:\"id\"`\n\tTitle string `db:\"title\" json:\"title\"`\n}\n\nfunc listBooks(db *sqlx.DB) fiber.Handler {\n\treturn func(c *fiber.Ctx) error {\n\t\tvar books []Book\n\t\tif err := db.Select(&books, \"SELECT id, title FROM books ORDER BY title\"); err != nil {\n\t\t\treturn c.Status(fiber.StatusInternalServerError).JSON(fiber.Map{\"error\": err.Error()})\n\t\t}\n\t\treturn c.JSON(books)\n\t}\n}\n",
  "wave": 2
 },
 {
  "name": "err-go-fiber-json",
  "kind": "safe",
  "lang": "go",
  "cwe": 209,
  "code": "package main\n\nimport (\n\t\"log\"\n\n\t\"github.com/gofiber/fiber/v2\"\n\t\"github.com/jmoiron/sqlx\"\n)\n\ntype Book struct {\n\tID    int    `db:\"id\" json:\"id\"`\n\tTitle string `db:\"title\" json:\"title\"`\n}\n\nfunc listBooks(db *sqlx.DB) fiber.Handler {\n\treturn func(c *fiber.Ctx) error {\n\t\tvar books []Book\n\t\tif err := db.Select(&books, \"SELECT id, title FROM books ORDER BY title\"); err != nil {\n\t\t\tlog.Printf(\"list books: %v\", err)\n\t\t\treturn c.Status(fiber.StatusInternalServerError).JSON(fiber.Map{\"error\": \"internal error\"})\n\t\t}\n\t\treturn c.JSON(books)\n\t}\n}\n",
  "wave": 2
 },
 {
  "name": "err-php-json-message",
  "kind": "vuln",
  "lang": "php",
  "cwe": 209,
  "code": "<?php\nheader('Content-Type: application/json');\nrequire 'db.php';\n\ntry {\n    $input = json_decode(file_get_contents('php://input'), true);\n    $stmt = $pdo->prepare('INSERT INTO orders (customer_id, total) VALUES (:c, :t)');\n    $stmt->execute([':c' => (int)$input['customer_id'], ':t' => (float)$input['total']]);\n    echo json_encode(['success' => true, 'id' => $pdo->lastInsertId()]);\n} catch (Throwable $e) {\n    http_response_code(500);\n    echo json_encode(['success' => false, 'message' => $e->getMessage()]);\n}\n",
  "wave": 2
 },
 {
  "name": "err-php-json-message",
  "kind": "safe",
  "lang": "php",
  "cwe": 209,
  "code": "<?php\nheader('Content-Type: application/json');\nrequire 'db.php';\n\ntry {\n    $input = json_decode(file_get_contents('php://input'), true);\n    $stmt = $pdo->prepare('INSERT INTO orders (customer_id, total) VALUES (:c, :t)');\n    $stmt->execute([':c' => (int)$input['customer_id'], ':t' => (float)$input['total']]);\n    echo json_encode(['success' => true, 'id' => $pdo->lastInsertId()]);\n} catch (Throwable $e) {\n    error_log('create order failed: ' . $e);\n    http_response_code(500);\n    echo json_encode(['success' => false, 'message' => 'Could not create the order']);\n}\n",
  "wave": 2
 },
 {
  "name": "err-php-slim-body",
  "kind": "vuln",
  "lang": "php",
  "cwe": 209,
  "code": "<?php\nuse Psr\\Http\\Message\\ResponseInterface as Response;\nuse Psr\\Http\\Message\\ServerRequestInterface as Request;\n\n$app->get('/reports/{id}', function (Request $request, Response $response, array $args) {\n    try {\n        $report = $this->get('reports')->build((int)$args['id']);\n        $response->getBody()->write(json_encode($report));\n        return $response->withHeader('Content-Type', 'application/json');\n    } catch (\\Exception $e) {\n        $response->getBody()->write($e->getMessage() . \"\\n\" . $e->getTraceAsString());\n        return $response->withStatus(500);\n    }\n});\n",
  "wave": 2
 },
 {
  "name": "err-php-slim-body",
  "kind": "safe",
  "lang": "php",
  "cwe": 209,
  "code": "<?php\nuse Psr\\Http\\Message\\ResponseInterface as Response;\nuse Psr\\Http\\Message\\ServerRequestInterface as Request;\n\n$app->get('/reports/{id}', function (Request $request, Response $response, array $args) {\n    try {\n        $report = $this->get('reports')->build((int)$args['id']);\n        $response->getBody()->write(json_encode($report));\n        return $response->withHeader('Content-Type', 'application/json');\n    } catch (\\Exception $e) {\n        $this->get('logger')->error('report failed', ['exception' => $e]);\n        $response->getBody()->write('Report could not be generated');\n        return $response->withStatus(500);\n    }\n});\n",
  "wave": 2
 },
 {
  "name": "err-php-var-dump",
  "kind": "vuln",
  "lang": "php",
  "cwe": 209,
  "code": "<?php\nrequire 'vendor/autoload.php';\n\n$client = new GuzzleHttp\\Client(['base_uri' => 'https://api.shipping.example.com']);\ntry {\n    $res = $client->get('/rates', ['query' => ['zip' => $_GET['zip'] ?? '']]);\n    $rates = json_decode((string)$res->getBody(), true);\n    foreach ($rates as $r) {\n        echo htmlspecialchars($r['carrier']) . ': ' . number_format($r['price'], 2) . \"<br>\";\n    }\n} catch (Exception $e) {\n    var_dump($e);\n}\n",
  "wave": 2
 },
 {
  "name": "err-php-var-dump",
  "kind": "safe",
  "lang": "php",
  "cwe": 209,
  "code": "<?php\nrequire 'vendor/autoload.php';\n\n$client = new GuzzleHttp\\Client(['base_uri' => 'https://api.shipping.example.com']);\ntry {\n    $res = $client->get('/rates', ['query' => ['zip' => $_GET['zip'] ?? '']]);\n    $rates = json_decode((string)$res->getBody(), true);\n    foreach ($rates as $r) {\n        echo htmlspecialchars($r['carrier']) . ': ' . number_format($r['price'], 2) . \"<br>\";\n    }\n} catch (Exception $e) {\n    error_log((string)$e);\n    echo \"Shipping rates are unavailable right now.\";\n}\n",
  "wave": 2
 },
 {
  "name": "log-la-py-reset-expiry",
  "kind": "safe",
  "lang": "python",
  "cwe": 532,
  "code": "import logging\nfrom datetime import datetime, timedelta, timezone\n\nlogger = logging.getLogger(__name__)\n\ndef request_password_reset(user, mailer, tokens):\n    token_expiry = datetime.now(timezone.utc) + timedelta(hours=1)\n    token = tokens.create(user.id, expires=token_expiry)\n    mailer.send_reset(user.email, token)\n    logger.info(\"user %s requested a password reset\", user.email)\n    logger.debug(\"reset token expires at %s\", token_expiry.isoformat())\n    return True\n",
  "wave": 2
 },
 {
  "name": "log-la-py-password-generator",
  "kind": "safe",
  "lang": "python",
  "cwe": 532,
  "code": "import argparse\nimport secrets\nimport string\n\nALPHABET = string.ascii_letters + string.digits + \"!@#$%^&*\"\n\ndef main():\n    parser = argparse.ArgumentParser(description=\"Generate strong random passwords\")\n    parser.add_argument(\"-n\", \"--length\", type=int, default=20)\n    parser.add_argument(\"-c\", \"--count\", type=int, default=1)\n    args = parser.parse_args()\n    for _ in range(args.count):\n        password = \"\".join(secrets.choice(ALPHABET) for _ in range(args.length))\n        print(f\"Generated password: {password}\")\n\nif __name__ == \"__main__\":\n    main()\n",
  "wave": 2
 },
 {
  "name": "log-la-js-token-expiry",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 532,
  "code": "const logger = require('./logger');\n\nasync function refreshSession(client, session) {\n  const { accessToken, expiresIn } = await client.refresh(session.refreshToken);\n  session.accessToken = accessToken;\n  session.expiresAt = Date.now() + expiresIn * 1000;\n  logger.info('[auth] token refreshed; expires in', expiresIn, 's', 'token present:', Boolean(accessToken));\n  console.log(`[auth] session for ${session.userId} valid until ${new Date(session.expiresAt).toISOString()}`);\n  return session;\n}\n\nmodule.exports = { refreshSession };\n",
  "wave": 2
 },
 {
  "name": "resp-la-js-env-fields",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 200,
  "code": "const express = require('express');\nconst app = express();\n\napp.get('/api/runtime', (req, res) => {\n  res.json({ env: process.env.NODE_ENV, region: process.env.AWS_REGION, version: process.env.npm_package_version });\n});\n\napp.listen(3000);\n",
  "wave": 2
 },
 {
  "name": "resp-la-js-two-models",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 200,
  "code": "const express = require('express');\nconst mongoose = require('mongoose');\n\nconst User = mongoose.model('User', new mongoose.Schema({\n  email: String,\n  password: { type: String, required: true },\n}));\nconst Product = mongoose.model('Product', new mongoose.Schema({ name: String, price: Number }));\n\nconst app = express();\n\napp.get('/api/products/:id', async (req, res) => {\n  const product = await Product.findById(req.params.id);\n  if (!product) return res.status(404).json({ error: 'not found' });\n  res.json(product);\n});\n\nmodule.exports = { app, User };\n",
  "wave": 2
 },
 {
  "name": "log-la-java-password-changed",
  "kind": "safe",
  "lang": "java",
  "cwe": 532,
  "code": "import org.slf4j.Logger;\nimport org.slf4j.LoggerFactory;\n\npublic class AccountService {\n    private static final Logger log = LoggerFactory.getLogger(AccountService.class);\n    private static final String API_KEY_HEADER = \"X-Api-Key\";\n    private final UserRepository users;\n    private final PasswordHasher hasher;\n\n    public AccountService(UserRepository users, PasswordHasher hasher) { this.users = users; this.hasher = hasher; }\n\n    public void changePassword(long userId, String newPassword) {\n        users.updatePasswordHash(userId, hasher.hash(newPassword));\n        log.info(\"Password for user {} was changed\", userId);\n        log.debug(\"Clients authenticate with the {} header\", API_KEY_HEADER);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "resp-la-java-dto",
  "kind": "safe",
  "lang": "java",
  "cwe": 200,
  "code": "import javax.persistence.*;\nimport org.springframework.http.ResponseEntity;\nimport org.springframework.web.bind.annotation.*;\n\n@Entity\nclass User {\n    @Id @GeneratedValue private Long id;\n    private String email;\n    private String password;\n    public Long getId() { return id; }\n    public String getEmail() { return email; }\n    public String getPassword() { return password; }\n}\n\nrecord UserDto(Long id, String email) {\n    static UserDto of(User u) { return new UserDto(u.getId(), u.getEmail()); }\n}\n\n@RestController\n@RequestMapping(\"/api/users\")\nclass UserController {\n    private final UserRepository repo;\n    UserController(UserRepository repo) { this.repo = repo; }\n\n    @GetMapping(\"/{id}\")\n    public ResponseEntity<UserDto> get(@PathVariable Long id) {\n        return repo.findById(id).map(UserDto::of).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "err-la-go-gin-bind-400",
  "kind": "safe",
  "lang": "go",
  "cwe": 209,
  "code": "package api\n\nimport (\n\t\"log\"\n\t\"net/http\"\n\n\t\"github.com/gin-gonic/gin\"\n)\n\ntype Credentials struct {\n\tUsername string `json:\"username\" binding:\"required\"`\n\tPassword string `json:\"password\" binding:\"required\"`\n}\n\nfunc Login(c *gin.Context) {\n\tvar creds Credentials\n\tif err := c.ShouldBindJSON(&creds); err != nil {\n\t\tc.JSON(http.StatusBadRequest, gin.H{\"error\": err.Error()})\n\t\treturn\n\t}\n\tlog.Printf(\"login attempt for %s\", creds.Username)\n\tif !check(creds.Username, creds.Password) {\n\t\tc.JSON(http.StatusUnauthorized, gin.H{\"error\": \"invalid token or password\"})\n\t\treturn\n\t}\n\tc.Status(http.StatusNoContent)\n}\n",
  "wave": 2
 },
 {
  "name": "err-la-php-validation-exception",
  "kind": "safe",
  "lang": "php",
  "cwe": 209,
  "code": "<?php\nclass ValidationException extends Exception {}\n\nfunction validate_signup(array $in): void {\n    if (strlen($in['password'] ?? '') < 12) {\n        throw new ValidationException('Password must be at least 12 characters');\n    }\n    if (!filter_var($in['email'] ?? '', FILTER_VALIDATE_EMAIL)) {\n        throw new ValidationException('Please enter a valid email address');\n    }\n}\n\ntry {\n    validate_signup($_POST);\n    echo \"Thanks for signing up!\";\n} catch (ValidationException $e) {\n    http_response_code(422);\n    echo htmlspecialchars($e->getMessage());\n}\n",
  "wave": 2
 },
 {
  "name": "store-la-py-drf-product-all",
  "kind": "safe",
  "lang": "python",
  "cwe": 200,
  "code": "from rest_framework import serializers, viewsets\nfrom .models import Product\n\nclass ProductSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = Product\n        fields = \"__all__\"\n\nclass ProductViewSet(viewsets.ModelViewSet):\n    queryset = Product.objects.all()\n    serializer_class = ProductSerializer\n",
  "wave": 2
 },
 {
  "name": "log-la-go-session-count",
  "kind": "safe",
  "lang": "go",
  "cwe": 532,
  "code": "package sessions\n\nimport (\n\t\"log\"\n\t\"net/http\"\n)\n\nfunc Sweep(store *Store) {\n\texpired := store.DeleteExpired()\n\tsessionCount := store.Count()\n\tlog.Printf(\"session sweep: %d expired, %d active\", expired, sessionCount)\n}\n\nfunc RequireToken(next http.Handler) http.Handler {\n\treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n\t\tif r.Header.Get(\"Authorization\") == \"\" {\n\t\t\tlog.Printf(\"missing token for %s %s\", r.Method, r.URL.Path)\n\t\t\thttp.Error(w, \"invalid token\", http.StatusUnauthorized)\n\t\t\treturn\n\t\t}\n\t\tnext.ServeHTTP(w, r)\n\t})\n}\n",
  "wave": 2
 },
 {
  "name": "store-la-go-decode-creds",
  "kind": "safe",
  "lang": "go",
  "cwe": 312,
  "code": "package auth\n\nimport (\n\t\"encoding/json\"\n\t\"net/http\"\n\t\"os\"\n)\n\ntype Credentials struct {\n\tUsername string `json:\"username\"`\n\tPassword string `json:\"password\"`\n}\n\nfunc LoginHandler(w http.ResponseWriter, r *http.Request) {\n\tvar creds Credentials\n\tif err := json.NewDecoder(r.Body).Decode(&creds); err != nil {\n\t\thttp.Error(w, \"bad request\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tif !verify(creds.Username, creds.Password) {\n\t\thttp.Error(w, \"unauthorized\", http.StatusUnauthorized)\n\t\treturn\n\t}\n\taudit, _ := os.OpenFile(\"audit.log\", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)\n\tdefer audit.Close()\n\taudit.WriteString(\"login ok: \" + creds.Username + \"\\n\")\n\tw.WriteHeader(http.StatusNoContent)\n}\n",
  "wave": 2
 },
 {
  "name": "log-cs-ilogger-login",
  "kind": "vuln",
  "lang": "csharp",
  "cwe": 532,
  "code": "using Microsoft.AspNetCore.Identity;\nusing Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/[controller]\")]\npublic class AccountController : ControllerBase\n{\n    private readonly SignInManager<AppUser> _signIn;\n    private readonly ILogger<AccountController> _logger;\n\n    public AccountController(SignInManager<AppUser> signIn, ILogger<AccountController> logger)\n    {\n        _signIn = signIn;\n        _logger = logger;\n    }\n\n    [HttpPost(\"login\")]\n    public async Task<IActionResult> Login([FromBody] LoginModel model)\n    {\n        _logger.LogInformation(\"Login attempt {Email} / {Password}\", model.Email, model.Password);\n        var result = await _signIn.PasswordSignInAsync(model.Email, model.Password, false, true);\n        return result.Succeeded ? Ok() : Unauthorized();\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "log-cs-ilogger-login",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 532,
  "code": "using Microsoft.AspNetCore.Identity;\nusing Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/[controller]\")]\npublic class AccountController : ControllerBase\n{\n    private readonly SignInManager<AppUser> _signIn;\n    private readonly ILogger<AccountController> _logger;\n\n    public AccountController(SignInManager<AppUser> signIn, ILogger<AccountController> logger)\n    {\n        _signIn = signIn;\n        _logger = logger;\n    }\n\n    [HttpPost(\"login\")]\n    public async Task<IActionResult> Login([FromBody] LoginModel model)\n    {\n        _logger.LogInformation(\"Login attempt {Email}\", model.Email);\n        var result = await _signIn.PasswordSignInAsync(model.Email, model.Password, false, true);\n        if (!result.Succeeded)\n        {\n            _logger.LogWarning(\"Wrong password for {Email}\", model.Email);\n        }\n        return result.Succeeded ? Ok() : Unauthorized();\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "log-cs-console-api-key",
  "kind": "vuln",
  "lang": "csharp",
  "cwe": 532,
  "code": "using System;\nusing System.Net.Http;\nusing System.Threading.Tasks;\n\nclass Program\n{\n    static async Task Main()\n    {\n        var apiKey = Environment.GetEnvironmentVariable(\"MAPS_API_KEY\") ?? throw new InvalidOperationException(\"MAPS_API_KEY missing\");\n        Console.WriteLine($\"Using API key {apiKey}\");\n        using var http = new HttpClient();\n        http.DefaultRequestHeaders.Add(\"X-Api-Key\", apiKey);\n        var body = await http.GetStringAsync(\"https://maps.example.com/v1/geocode?q=Berlin\");\n        Console.WriteLine(body);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "log-cs-console-api-key",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 532,
  "code": "using System;\nusing System.Net.Http;\nusing System.Threading.Tasks;\n\nclass Program\n{\n    static async Task Main()\n    {\n        var apiKey = Environment.GetEnvironmentVariable(\"MAPS_API_KEY\") ?? throw new InvalidOperationException(\"MAPS_API_KEY missing\");\n        Console.WriteLine($\"Using API key of length {apiKey.Length}\");\n        using var http = new HttpClient();\n        http.DefaultRequestHeaders.Add(\"X-Api-Key\", apiKey);\n        var body = await http.GetStringAsync(\"https://maps.example.com/v1/geocode?q=Berlin\");\n        Console.WriteLine(body);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "resp-cs-user-entity",
  "kind": "vuln",
  "lang": "csharp",
  "cwe": 200,
  "code": "using Microsoft.AspNetCore.Mvc;\nusing Microsoft.EntityFrameworkCore;\n\npublic class User\n{\n    public int Id { get; set; }\n    public string Email { get; set; } = \"\";\n    public string PasswordHash { get; set; } = \"\";\n}\n\n[ApiController]\n[Route(\"api/users\")]\npublic class UsersController : ControllerBase\n{\n    private readonly AppDbContext _db;\n    public UsersController(AppDbContext db) => _db = db;\n\n    [HttpGet(\"{id:int}\")]\n    public async Task<ActionResult<User>> Get(int id)\n    {\n        var user = await _db.Users.FirstOrDefaultAsync(u => u.Id == id);\n        if (user == null) return NotFound();\n        return Ok(user);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "resp-cs-user-entity",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 200,
  "code": "using System.Text.Json.Serialization;\nusing Microsoft.AspNetCore.Mvc;\nusing Microsoft.EntityFrameworkCore;\n\npublic class User\n{\n    public int Id { get; set; }\n    public string Email { get; set; } = \"\";\n    [JsonIgnore]\n    public string PasswordHash { get; set; } = \"\";\n}\n\n[ApiController]\n[Route(\"api/users\")]\npublic class UsersController : ControllerBase\n{\n    private readonly AppDbContext _db;\n    public UsersController(AppDbContext db) => _db = db;\n\n    [HttpGet(\"{id:int}\")]\n    public async Task<ActionResult<User>> Get(int id)\n    {\n        var user = await _db.Users.FirstOrDefaultAsync(u => u.Id == id);\n        if (user == null) return NotFound();\n        return Ok(user);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "err-cs-exception-message",
  "kind": "vuln",
  "lang": "csharp",
  "cwe": 209,
  "code": "using Microsoft.AspNetCore.Mvc;\nusing Microsoft.Data.SqlClient;\n\n[ApiController]\n[Route(\"api/reports\")]\npublic class ReportsController : ControllerBase\n{\n    private readonly ReportRepository _repo;\n    public ReportsController(ReportRepository repo) => _repo = repo;\n\n    [HttpGet(\"{year:int}\")]\n    public IActionResult ByYear(int year)\n    {\n        try\n        {\n            return Ok(_repo.Totals(year));\n        }\n        catch (SqlException ex)\n        {\n            return StatusCode(500, new { error = ex.Message });\n        }\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "err-cs-exception-message",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 209,
  "code": "using Microsoft.AspNetCore.Mvc;\nusing Microsoft.Data.SqlClient;\n\n[ApiController]\n[Route(\"api/reports\")]\npublic class ReportsController : ControllerBase\n{\n    private readonly ReportRepository _repo;\n    private readonly ILogger<ReportsController> _log;\n    public ReportsController(ReportRepository repo, ILogger<ReportsController> log) { _repo = repo; _log = log; }\n\n    [HttpGet(\"{year:int}\")]\n    public IActionResult ByYear(int year)\n    {\n        try\n        {\n            return Ok(_repo.Totals(year));\n        }\n        catch (SqlException ex)\n        {\n            _log.LogError(ex, \"report query failed for {Year}\", year);\n            return StatusCode(500, new { error = \"internal error\" });\n        }\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "store-cs-cookie-password",
  "kind": "vuln",
  "lang": "csharp",
  "cwe": 315,
  "code": "using Microsoft.AspNetCore.Mvc;\n\npublic class LoginController : Controller\n{\n    [HttpPost]\n    public IActionResult Index(string username, string password, bool remember)\n    {\n        if (!Auth.Check(username, password)) return View(\"Login\");\n        if (remember)\n        {\n            var opts = new CookieOptions { Expires = DateTimeOffset.UtcNow.AddDays(30), HttpOnly = true, Secure = true };\n            Response.Cookies.Append(\"username\", username, opts);\n            Response.Cookies.Append(\"password\", password, opts);\n        }\n        return RedirectToAction(\"Index\", \"Home\");\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "store-cs-cookie-password",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 315,
  "code": "using Microsoft.AspNetCore.Mvc;\n\npublic class LoginController : Controller\n{\n    [HttpPost]\n    public IActionResult Index(string username, string password, bool remember)\n    {\n        if (!Auth.Check(username, password)) return View(\"Login\");\n        if (remember)\n        {\n            var opts = new CookieOptions { Expires = DateTimeOffset.UtcNow.AddDays(30), HttpOnly = true, Secure = true };\n            Response.Cookies.Append(\"remember_token\", RememberTokens.Issue(username), opts);\n        }\n        return RedirectToAction(\"Index\", \"Home\");\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "log-php-error-log-password",
  "kind": "vuln",
  "lang": "php",
  "cwe": 532,
  "code": "<?php\nsession_start();\nrequire 'db.php';\n\n$username = $_POST['username'] ?? '';\n$password = $_POST['password'] ?? '';\n$stmt = $pdo->prepare('SELECT id, password_hash FROM users WHERE username = ?');\n$stmt->execute([$username]);\n$user = $stmt->fetch();\nif (!$user || !password_verify($password, $user['password_hash'])) {\n    error_log(\"Login failed for $username with password $password\");\n    http_response_code(401);\n    exit('Invalid credentials');\n}\nsession_regenerate_id(true);\n$_SESSION['uid'] = $user['id'];\nheader('Location: /dashboard.php');\n",
  "wave": 3
 },
 {
  "name": "log-php-error-log-password",
  "kind": "safe",
  "lang": "php",
  "cwe": 532,
  "code": "<?php\nsession_start();\nrequire 'db.php';\n\n$username = $_POST['username'] ?? '';\n$password = $_POST['password'] ?? '';\n$stmt = $pdo->prepare('SELECT id, password_hash FROM users WHERE username = ?');\n$stmt->execute([$username]);\n$user = $stmt->fetch();\nif (!$user || !password_verify($password, $user['password_hash'])) {\n    error_log(\"Login failed for $username (wrong password)\");\n    http_response_code(401);\n    exit('Invalid credentials');\n}\nsession_regenerate_id(true);\n$_SESSION['uid'] = $user['id'];\nheader('Location: /dashboard.php');\n",
  "wave": 3
 },
 {
  "name": "log-php-monolog-context",
  "kind": "vuln",
  "lang": "php",
  "cwe": 532,
  "code": "<?php\nuse Monolog\\Logger;\nuse Monolog\\Handler\\StreamHandler;\n\nclass RegistrationService\n{\n    private Logger $logger;\n\n    public function __construct(private PDO $pdo)\n    {\n        $this->logger = new Logger('registration');\n        $this->logger->pushHandler(new StreamHandler(__DIR__ . '/logs/app.log'));\n    }\n\n    public function register(string $email, string $password): int\n    {\n        $this->logger->info('Registering user', ['email' => $email, 'password' => $password]);\n        $stmt = $this->pdo->prepare('INSERT INTO users (email, password_hash) VALUES (?, ?)');\n        $stmt->execute([$email, password_hash($password, PASSWORD_DEFAULT)]);\n        return (int)$this->pdo->lastInsertId();\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "log-php-monolog-context",
  "kind": "safe",
  "lang": "php",
  "cwe": 532,
  "code": "<?php\nuse Monolog\\Logger;\nuse Monolog\\Handler\\StreamHandler;\n\nclass RegistrationService\n{\n    private Logger $logger;\n\n    public function __construct(private PDO $pdo)\n    {\n        $this->logger = new Logger('registration');\n        $this->logger->pushHandler(new StreamHandler(__DIR__ . '/logs/app.log'));\n    }\n\n    public function register(string $email, string $password): int\n    {\n        $this->logger->info('Registering user', ['email' => $email]);\n        $stmt = $this->pdo->prepare('INSERT INTO users (email, password_hash) VALUES (?, ?)');\n        $stmt->execute([$email, password_hash($password, PASSWORD_DEFAULT)]);\n        return (int)$this->pdo->lastInsertId();\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "store-php-plaintext-insert",
  "kind": "vuln",
  "lang": "php",
  "cwe": 256,
  "code": "<?php\nrequire 'db.php';\n\nif ($_SERVER['REQUEST_METHOD'] === 'POST') {\n    $email = filter_input(INPUT_POST, 'email', FILTER_VALIDATE_EMAIL);\n    if (!$email) {\n        exit('Invalid email');\n    }\n    $stmt = $pdo->prepare('INSERT INTO users (email, password) VALUES (?, ?)');\n    $stmt->execute([$email, $_POST['password']]);\n    header('Location: login.php');\n}\n",
  "wave": 3
 },
 {
  "name": "store-php-plaintext-insert",
  "kind": "safe",
  "lang": "php",
  "cwe": 256,
  "code": "<?php\nrequire 'db.php';\n\nif ($_SERVER['REQUEST_METHOD'] === 'POST') {\n    $email = filter_input(INPUT_POST, 'email', FILTER_VALIDATE_EMAIL);\n    if (!$email) {\n        exit('Invalid email');\n    }\n    $stmt = $pdo->prepare('INSERT INTO users (email, password) VALUES (?, ?)');\n    $stmt->execute([$email, password_hash($_POST['password'], PASSWORD_DEFAULT)]);\n    header('Location: login.php');\n}\n",
  "wave": 3
 },
 {
  "name": "store-php-setcookie-password",
  "kind": "vuln",
  "lang": "php",
  "cwe": 315,
  "code": "<?php\nrequire 'auth.php';\n\n$user = $_POST['username'] ?? '';\n$pass = $_POST['password'] ?? '';\nif (check_login($user, $pass)) {\n    if (!empty($_POST['remember'])) {\n        setcookie('username', $user, time() + 86400 * 30, '/');\n        setcookie('password', $pass, time() + 86400 * 30, '/');\n    }\n    header('Location: /home.php');\n    exit;\n}\necho 'Invalid login';\n",
  "wave": 3
 },
 {
  "name": "store-php-setcookie-password",
  "kind": "safe",
  "lang": "php",
  "cwe": 315,
  "code": "<?php\nrequire 'auth.php';\n\n$user = $_POST['username'] ?? '';\n$pass = $_POST['password'] ?? '';\nif (check_login($user, $pass)) {\n    if (!empty($_POST['remember'])) {\n        $token = bin2hex(random_bytes(32));\n        store_remember_token($user, hash('sha256', $token));\n        setcookie('remember', $token, ['expires' => time() + 86400 * 30, 'path' => '/', 'secure' => true, 'httponly' => true, 'samesite' => 'Lax']);\n    }\n    header('Location: /home.php');\n    exit;\n}\necho 'Invalid login';\n",
  "wave": 3
 },
 {
  "name": "resp-php-select-star-json",
  "kind": "vuln",
  "lang": "php",
  "cwe": 200,
  "code": "<?php\nheader('Content-Type: application/json');\nrequire 'db.php';\n\n$id = (int)($_GET['id'] ?? 0);\n$stmt = $pdo->prepare('SELECT * FROM users WHERE id = ?');\n$stmt->execute([$id]);\n$user = $stmt->fetch(PDO::FETCH_ASSOC);\nif (!$user) {\n    http_response_code(404);\n    echo json_encode(['error' => 'not found']);\n    exit;\n}\necho json_encode($user);\n",
  "wave": 3,
  "low": true
 },
 {
  "name": "resp-php-select-star-json",
  "kind": "safe",
  "lang": "php",
  "cwe": 200,
  "code": "<?php\nheader('Content-Type: application/json');\nrequire 'db.php';\n\n$id = (int)($_GET['id'] ?? 0);\n$stmt = $pdo->prepare('SELECT id, name, email, created_at FROM users WHERE id = ?');\n$stmt->execute([$id]);\n$user = $stmt->fetch(PDO::FETCH_ASSOC);\nif (!$user) {\n    http_response_code(404);\n    echo json_encode(['error' => 'not found']);\n    exit;\n}\necho json_encode($user);\n",
  "wave": 3
 },
 {
  "name": "log-py-aiohttp-headers",
  "kind": "vuln",
  "lang": "python",
  "cwe": 532,
  "code": "import logging\nfrom aiohttp import web\n\nlog = logging.getLogger(\"gateway\")\n\nasync def proxy(request: web.Request) -> web.Response:\n    log.debug(\"incoming %s %s headers=%s\", request.method, request.path, dict(request.headers))\n    upstream = request.app[\"upstream\"]\n    async with upstream.get(f\"/internal{request.path}\") as resp:\n        body = await resp.read()\n    return web.Response(body=body, status=resp.status)\n\napp = web.Application()\napp.router.add_get(\"/{tail:.*}\", proxy)\n",
  "wave": 3
 },
 {
  "name": "log-py-aiohttp-headers",
  "kind": "safe",
  "lang": "python",
  "cwe": 532,
  "code": "import logging\nfrom aiohttp import web\n\nlog = logging.getLogger(\"gateway\")\n\nasync def proxy(request: web.Request) -> web.Response:\n    log.debug(\"incoming %s %s ua=%s\", request.method, request.path, request.headers.get(\"User-Agent\"))\n    upstream = request.app[\"upstream\"]\n    async with upstream.get(f\"/internal{request.path}\") as resp:\n        body = await resp.read()\n    return web.Response(body=body, status=resp.status)\n\napp = web.Application()\napp.router.add_get(\"/{tail:.*}\", proxy)\n",
  "wave": 3
 },
 {
  "name": "log-go-db-config",
  "kind": "vuln",
  "lang": "go",
  "cwe": 532,
  "code": "package db\n\nimport (\n\t\"database/sql\"\n\t\"fmt\"\n\t\"log\"\n\n\t_ \"github.com/lib/pq\"\n)\n\ntype Config struct {\n\tHost     string\n\tUser     string\n\tPassword string\n\tName     string\n}\n\nfunc Open(cfg Config) (*sql.DB, error) {\n\tlog.Printf(\"connecting to postgres host=%s user=%s password=%s db=%s\", cfg.Host, cfg.User, cfg.Password, cfg.Name)\n\tdsn := fmt.Sprintf(\"host=%s user=%s password=%s dbname=%s sslmode=require\", cfg.Host, cfg.User, cfg.Password, cfg.Name)\n\treturn sql.Open(\"postgres\", dsn)\n}\n",
  "wave": 3
 },
 {
  "name": "log-go-db-config",
  "kind": "safe",
  "lang": "go",
  "cwe": 532,
  "code": "package db\n\nimport (\n\t\"database/sql\"\n\t\"fmt\"\n\t\"log\"\n\n\t_ \"github.com/lib/pq\"\n)\n\ntype Config struct {\n\tHost     string\n\tUser     string\n\tPassword string\n\tName     string\n}\n\nfunc Open(cfg Config) (*sql.DB, error) {\n\tlog.Printf(\"connecting to postgres host=%s user=%s db=%s\", cfg.Host, cfg.User, cfg.Name)\n\tdsn := fmt.Sprintf(\"host=%s user=%s password=%s dbname=%s sslmode=require\", cfg.Host, cfg.User, cfg.Password, cfg.Name)\n\treturn sql.Open(\"postgres\", dsn)\n}\n",
  "wave": 3
 },
 {
  "name": "resp-py-fastapi-env",
  "kind": "vuln",
  "lang": "python",
  "cwe": 200,
  "code": "import os\nfrom fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get(\"/internal/diagnostics\")\nasync def diagnostics():\n    return {\"pid\": os.getpid(), \"environment\": dict(os.environ)}\n",
  "wave": 3
 },
 {
  "name": "resp-py-fastapi-env",
  "kind": "safe",
  "lang": "python",
  "cwe": 200,
  "code": "import os\nfrom fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get(\"/internal/diagnostics\")\nasync def diagnostics():\n    return {\"pid\": os.getpid(), \"environment\": os.environ.get(\"APP_ENV\", \"production\")}\n",
  "wave": 3
 },
 {
  "name": "resp-java-lombok-list",
  "kind": "vuln",
  "lang": "java",
  "cwe": 200,
  "code": "import java.util.List;\nimport javax.persistence.*;\nimport lombok.Data;\nimport org.springframework.web.bind.annotation.*;\n\n@Data\n@Entity\nclass Customer {\n    @Id @GeneratedValue private Long id;\n    private String name;\n    private String email;\n    private String password;\n}\n\n@RestController\n@RequestMapping(\"/api/customers\")\nclass CustomerController {\n    private final CustomerRepository repo;\n    CustomerController(CustomerRepository repo) { this.repo = repo; }\n\n    @GetMapping\n    public List<Customer> all() {\n        return repo.findAll();\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "resp-java-lombok-list",
  "kind": "safe",
  "lang": "java",
  "cwe": 200,
  "code": "import com.fasterxml.jackson.annotation.JsonProperty;\nimport java.util.List;\nimport javax.persistence.*;\nimport lombok.Data;\nimport org.springframework.web.bind.annotation.*;\n\n@Data\n@Entity\nclass Customer {\n    @Id @GeneratedValue private Long id;\n    private String name;\n    private String email;\n    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)\n    private String password;\n}\n\n@RestController\n@RequestMapping(\"/api/customers\")\nclass CustomerController {\n    private final CustomerRepository repo;\n    CustomerController(CustomerRepository repo) { this.repo = repo; }\n\n    @GetMapping\n    public List<Customer> all() {\n        return repo.findAll();\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "log-la-cs-reset-requested",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 532,
  "code": "public class PasswordResetService\n{\n    private readonly ILogger<PasswordResetService> _logger;\n    private readonly IEmailSender _mail;\n    public PasswordResetService(ILogger<PasswordResetService> logger, IEmailSender mail) { _logger = logger; _mail = mail; }\n\n    public async Task RequestAsync(string email, string resetToken)\n    {\n        await _mail.SendAsync(email, \"Reset your password\", $\"https://app.example.com/reset?token={resetToken}\");\n        _logger.LogWarning(\"Password reset requested for {Email}\", email);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "log-la-php-policy",
  "kind": "safe",
  "lang": "php",
  "cwe": 532,
  "code": "<?php\nfunction check_password_policy(int $userId, string $password): bool {\n    $ok = strlen($password) >= 12 && preg_match('/\\d/', $password);\n    if (!$ok) {\n        error_log(\"password policy check failed for user $userId\");\n    }\n    return (bool)$ok;\n}\n",
  "wave": 3
 },
 {
  "name": "log-la-go-migration",
  "kind": "safe",
  "lang": "go",
  "cwe": 532,
  "code": "package migrate\n\nimport (\n\t\"database/sql\"\n\t\"log\"\n)\n\nfunc AddPasswordHashColumn(db *sql.DB) error {\n\tres, err := db.Exec(\"ALTER TABLE users ADD COLUMN IF NOT EXISTS password_hash TEXT\")\n\tif err != nil {\n\t\treturn err\n\t}\n\tn, _ := res.RowsAffected()\n\tlog.Printf(\"password_hash column migrated for %d users\", n)\n\treturn nil\n}\n",
  "wave": 3
 },
 {
  "name": "log-la-java-console-prompt",
  "kind": "safe",
  "lang": "java",
  "cwe": 532,
  "code": "import java.io.Console;\nimport java.util.Arrays;\n\npublic class AdminCli {\n    public static void main(String[] args) {\n        Console console = System.console();\n        if (console == null) {\n            System.err.println(\"No console available\");\n            return;\n        }\n        String user = console.readLine(\"Admin user: \");\n        System.out.println(\"Enter password:\");\n        char[] password = console.readPassword();\n        boolean ok = AdminAuth.verify(user, password);\n        Arrays.fill(password, ' ');\n        System.out.println(ok ? \"Login ok\" : \"Login failed\");\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "log-la-py-secrets-count",
  "kind": "safe",
  "lang": "python",
  "cwe": 532,
  "code": "import logging\nimport hvac\n\nlogger = logging.getLogger(__name__)\n\ndef load_secrets(client: hvac.Client, path: str) -> dict:\n    resp = client.secrets.kv.v2.read_secret_version(path=path)\n    secrets = resp[\"data\"][\"data\"]\n    logger.info(\"Loaded %d secrets from vault path %s\", len(secrets), path)\n    logger.debug(\"secret names: %s\", sorted(secrets))\n    return secrets\n",
  "wave": 3
 },
 {
  "name": "log-la-js-llm-usage",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 532,
  "code": "import OpenAI from 'openai';\n\nconst client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n\nexport async function summarize(text) {\n  const completion = await client.chat.completions.create({\n    model: 'gpt-4o-mini',\n    messages: [{ role: 'user', content: `Summarize:\\n${text}` }],\n  });\n  const { prompt_tokens, completion_tokens, total_tokens } = completion.usage;\n  console.log('Token usage:', { prompt_tokens, completion_tokens, total_tokens });\n  return completion.choices[0].message.content;\n}\n",
  "wave": 3
 },
 {
  "name": "log-la-java-key-id",
  "kind": "safe",
  "lang": "java",
  "cwe": 532,
  "code": "import org.slf4j.Logger;\nimport org.slf4j.LoggerFactory;\n\npublic class ApiKeyService {\n    private static final Logger log = LoggerFactory.getLogger(ApiKeyService.class);\n    private final KeyStoreRepo repo;\n    public ApiKeyService(KeyStoreRepo repo) { this.repo = repo; }\n\n    public String create(String user) {\n        ApiKey key = repo.create(user);\n        String apiKeyId = key.getId();\n        log.info(\"Generated API key id {} for {}\", apiKeyId, user);\n        System.out.printf(\"Token endpoint: %s%n\", key.getTokenEndpoint());\n        return key.getValue();\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "store-la-java-props-policy",
  "kind": "safe",
  "lang": "java",
  "cwe": 312,
  "code": "import java.io.FileOutputStream;\nimport java.io.IOException;\nimport java.util.Properties;\n\npublic class PolicyWriter {\n    public static void write(int minLength, boolean requireDigit) throws IOException {\n        Properties p = new Properties();\n        p.setProperty(\"password.min.length\", String.valueOf(minLength));\n        p.setProperty(\"password.require.digit\", String.valueOf(requireDigit));\n        try (FileOutputStream out = new FileOutputStream(\"policy.properties\")) {\n            p.store(out, \"password policy\");\n        }\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "store-la-java-cookie-flag",
  "kind": "safe",
  "lang": "java",
  "cwe": 315,
  "code": "import javax.servlet.http.*;\n\npublic class ResetDoneServlet extends HttpServlet {\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        Cookie done = new Cookie(\"passwordResetDone\", \"true\");\n        done.setMaxAge(300);\n        done.setSecure(true);\n        done.setHttpOnly(true);\n        resp.addCookie(done);\n        resp.sendRedirect(\"/login\");\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "store-la-java-set-hash",
  "kind": "safe",
  "lang": "java",
  "cwe": 256,
  "code": "import org.springframework.stereotype.Service;\n\n@Service\npublic class PasswordChangeService {\n    private final UserRepository userRepository;\n    private final Argon2Hasher hasher;\n\n    public PasswordChangeService(UserRepository userRepository, Argon2Hasher hasher) {\n        this.userRepository = userRepository;\n        this.hasher = hasher;\n    }\n\n    public void change(User user, String newPassword) {\n        user.setPasswordHash(hasher.digest(newPassword));\n        userRepository.save(user);\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "log-la-go-token-bucket",
  "kind": "safe",
  "lang": "go",
  "cwe": 532,
  "code": "package ratelimit\n\nimport (\n\t\"log\"\n\t\"time\"\n)\n\ntype Bucket struct {\n\ttokens     int\n\tcapacity   int\n\tsecretName string\n}\n\nfunc (b *Bucket) Refill(n int) {\n\tb.tokens = min(b.capacity, b.tokens+n)\n\tlog.Printf(\"token bucket refilled: %d tokens at %s\", b.tokens, time.Now().Format(time.RFC3339))\n\tlog.Printf(\"secret %q rotated\", b.secretName)\n}\n",
  "wave": 4
 },
 {
  "name": "resp-la-go-unexported-hash",
  "kind": "safe",
  "lang": "go",
  "cwe": 200,
  "code": "package api\n\nimport (\n\t\"encoding/json\"\n\t\"net/http\"\n)\n\ntype Profile struct {\n\tID           int64  `json:\"id\"`\n\tDisplayName  string `json:\"display_name\"`\n\tpasswordHash string\n}\n\nfunc ProfileHandler(w http.ResponseWriter, r *http.Request) {\n\tp := Profile{ID: 1, DisplayName: \"Ada\"}\n\tw.Header().Set(\"Content-Type\", \"application/json\")\n\tif err := json.NewEncoder(w).Encode(p); err != nil {\n\t\thttp.Error(w, \"encode failed\", http.StatusInternalServerError)\n\t}\n}\n",
  "wave": 4
 },
 {
  "name": "err-la-go-session-cookie",
  "kind": "safe",
  "lang": "go",
  "cwe": 209,
  "code": "package web\n\nimport (\n\t\"log\"\n\t\"net/http\"\n)\n\nfunc Logout(w http.ResponseWriter, r *http.Request) {\n\tc, err := r.Cookie(\"session\")\n\tif err != nil {\n\t\thttp.Error(w, \"no session\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tif err := sessions.Delete(c.Value); err != nil {\n\t\tlog.Printf(\"logout: %v\", err)\n\t\thttp.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)\n\t\treturn\n\t}\n\thttp.SetCookie(w, &http.Cookie{Name: \"session\", Value: \"\", MaxAge: -1, HttpOnly: true, Secure: true})\n\tw.WriteHeader(http.StatusNoContent)\n}\n",
  "wave": 4
 },
 {
  "name": "log-la-php-reset-sent",
  "kind": "safe",
  "lang": "php",
  "cwe": 532,
  "code": "<?php\nfunction send_reset(PDO $pdo, Mailer $mailer, Psr\\Log\\LoggerInterface $logger, string $email, int $userId): void {\n    $token = bin2hex(random_bytes(32));\n    $stmt = $pdo->prepare('UPDATE users SET reset_token_hash = ? WHERE id = ?');\n    $stmt->execute([hash('sha256', $token), $userId]);\n    $mailer->send($email, 'Reset your password', \"https://example.com/reset?token=$token\");\n    error_log(\"Password reset email sent to $email\");\n    $logger->info('Password reset requested', ['user_id' => $userId]);\n}\n",
  "wave": 4
 },
 {
  "name": "err-la-php-form-error",
  "kind": "safe",
  "lang": "php",
  "cwe": 209,
  "code": "<?php\nrequire 'Form.php';\n\n$form = new ContactForm($_POST);\nif (!$form->validate()) {\n    http_response_code(422);\n    echo \"<p class=\\\"error\\\">\" . htmlspecialchars($form->error) . \"</p>\";\n    exit;\n}\n$form->send();\necho \"<p>Thanks, we will get back to you.</p>\";\n",
  "wave": 4
 },
 {
  "name": "log-la-cs-token-expiry",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 532,
  "code": "using System.IdentityModel.Tokens.Jwt;\n\npublic class TokenInspector\n{\n    private readonly ILogger<TokenInspector> _logger;\n    public TokenInspector(ILogger<TokenInspector> logger) => _logger = logger;\n\n    public void Describe(string jwt)\n    {\n        var token = new JwtSecurityTokenHandler().ReadJwtToken(jwt);\n        _logger.LogInformation(\"Token for {Subject} expires at {Expiry}\", token.Subject, token.ValidTo);\n        Console.WriteLine(\"Enter password:\");\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "resp-la-cs-anonymous",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 200,
  "code": "using Microsoft.AspNetCore.Mvc;\n\npublic class User\n{\n    public int Id { get; set; }\n    public string Email { get; set; } = \"\";\n    public string PasswordHash { get; set; } = \"\";\n}\n\n[ApiController]\n[Route(\"api/me\")]\npublic class MeController : ControllerBase\n{\n    private readonly AppDbContext _db;\n    public MeController(AppDbContext db) => _db = db;\n\n    [HttpGet]\n    public async Task<IActionResult> Get()\n    {\n        var user = await _db.Users.FindAsync(CurrentUserId());\n        if (user == null) return NotFound();\n        return Ok(new { user.Id, user.Email });\n    }\n\n    private int CurrentUserId() => int.Parse(User.FindFirst(\"sub\")!.Value);\n}\n",
  "wave": 4
 },
 {
  "name": "err-la-cs-badrequest-argument",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 209,
  "code": "using Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"api/convert\")]\npublic class ConvertController : ControllerBase\n{\n    [HttpGet]\n    public IActionResult Convert(string amount, string currency)\n    {\n        try\n        {\n            return Ok(Money.Parse(amount, currency));\n        }\n        catch (ArgumentException ex)\n        {\n            return BadRequest(ex.Message);\n        }\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "log-la-py-masked-card",
  "kind": "safe",
  "lang": "python",
  "cwe": 532,
  "code": "import logging\n\nlog = logging.getLogger(\"payments\")\n\ndef mask(card_number: str) -> str:\n    return \"*\" * (len(card_number) - 4) + card_number[-4:]\n\ndef charge(gateway, card_number: str, amount_cents: int) -> bool:\n    log.info(\"charging card %s for %d cents\", mask(card_number), amount_cents)\n    result = gateway.charge(card_number, amount_cents)\n    log.info(\"charge result for card ending %s: %s\", card_number[-4:], result.status)\n    return result.ok\n",
  "wave": 4
 },
 {
  "name": "log-la-js-has-api-key",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 532,
  "code": "const express = require('express');\nconst app = express();\n\napp.get('/api/status', (req, res) => {\n  const hasApiKey = Boolean(req.get('x-api-key'));\n  console.info('status check', { hasApiKey, path: req.path, apiKeyLength: (req.get('x-api-key') || '').length });\n  res.json({ ok: true });\n});\n\napp.listen(3000);\n",
  "wave": 4
 }
];

describeProbes('round 18 breadth probes (sensitive data exposure)', PROBES);
