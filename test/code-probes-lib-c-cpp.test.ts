// Probe set of round 14 (C and C++), "one class at a time" in library-function style: self-contained
// functions whose inputs are their parameters, documented (comment above the function, parameter names)
// as coming from a user, a client or another party, sometimes returning the dangerous value (an HTML
// string, a URL to fetch, a header map) instead of passing it to a sink. Classes: weak password
// hashing / ciphers / fingerprints, SSRF, XSS, log injection, header injection, ReDoS and allocations
// sized by input, incomplete host checks and unchecked indexes, path traversal; OpenSSL EVP / one-shot
// digests, libsodium, Crypto++, libcurl (CURLU too), cpr, cpp-httplib, drogon, crow, libmicrohttpd,
// syslog / sd-journal / stderr / spdlog / glog / Boost.Log, regcomp / PCRE / std::regex / boost::regex,
// std::filesystem. Each vulnerable probe has a safe twin (the usual fix). Written before the analyzer
// was run on them, in four waves (each after the previous wave's fixes; the fourth, small, after all
// of them); see code-rules/README.md, Round 14 (C and C++).
import { describeProbes, type Probe } from './code-probes.js';

const PROBES: Probe[] = [
 {
  "name": "hash-md5-password",
  "kind": "vuln",
  "lang": "c",
  "cwe": 916,
  "code": "#include <openssl/md5.h>\n#include <stdio.h>\n#include <string.h>\n\n/* Hash a user's password for storage in the accounts table.\n * password: the password the user chose at sign-up. out_hex: 33 bytes. */\nvoid hash_password(const char *password, char *out_hex)\n{\n    unsigned char digest[MD5_DIGEST_LENGTH];\n    MD5((const unsigned char *)password, strlen(password), digest);\n    for (int i = 0; i < MD5_DIGEST_LENGTH; i++)\n        sprintf(out_hex + 2 * i, \"%02x\", digest[i]);\n    out_hex[32] = '\\0';\n}\n",
  "wave": 1
 },
 {
  "name": "hash-md5-password",
  "kind": "safe",
  "lang": "c",
  "cwe": 916,
  "code": "#include <openssl/evp.h>\n#include <openssl/rand.h>\n#include <string.h>\n\n/* Hash a user's password for storage in the accounts table.\n * password: the password the user chose at sign-up. salt: 16 bytes out, key: 32 bytes out. */\nint hash_password(const char *password, unsigned char salt[16], unsigned char key[32])\n{\n    if (RAND_bytes(salt, 16) != 1)\n        return -1;\n    return PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, 16, 600000,\n                             EVP_sha256(), 32, key) == 1 ? 0 : -1;\n}\n",
  "wave": 1
 },
 {
  "name": "hash-evp-sha256-password",
  "kind": "vuln",
  "lang": "c",
  "cwe": 916,
  "code": "#include <openssl/evp.h>\n#include <string.h>\n\n/* Derive the stored credential for a user's password.\n * Returns the digest length written to out (at least EVP_MAX_MD_SIZE bytes). */\nunsigned int store_password_hash(const char *user_password, unsigned char *out)\n{\n    unsigned int len = 0;\n    EVP_MD_CTX *ctx = EVP_MD_CTX_new();\n    EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);\n    EVP_DigestUpdate(ctx, user_password, strlen(user_password));\n    EVP_DigestFinal_ex(ctx, out, &len);\n    EVP_MD_CTX_free(ctx);\n    return len;\n}\n",
  "wave": 1
 },
 {
  "name": "hash-evp-sha256-password",
  "kind": "safe",
  "lang": "c",
  "cwe": 916,
  "code": "#include <sodium.h>\n#include <string.h>\n\n/* Derive the stored credential for a user's password.\n * out must hold crypto_pwhash_STRBYTES bytes. */\nint store_password_hash(const char *user_password, char out[crypto_pwhash_STRBYTES])\n{\n    if (sodium_init() < 0)\n        return -1;\n    return crypto_pwhash_str(out, user_password, strlen(user_password),\n                             crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);\n}\n",
  "wave": 1
 },
 {
  "name": "hash-pbkdf2-low-iter",
  "kind": "vuln",
  "lang": "c",
  "cwe": 916,
  "code": "#include <openssl/evp.h>\n#include <openssl/rand.h>\n#include <string.h>\n\n#define SALT_LEN 16\n#define KEY_LEN 32\n\n/* Turn the password a user typed into a key record: salt || key. */\nint derive_password_record(const char *pass, unsigned char record[SALT_LEN + KEY_LEN])\n{\n    if (RAND_bytes(record, SALT_LEN) != 1)\n        return -1;\n    if (!PKCS5_PBKDF2_HMAC(pass, strlen(pass), record, SALT_LEN, 1000,\n                           EVP_sha256(), KEY_LEN, record + SALT_LEN))\n        return -1;\n    return 0;\n}\n",
  "wave": 1
 },
 {
  "name": "hash-pbkdf2-low-iter",
  "kind": "safe",
  "lang": "c",
  "cwe": 916,
  "code": "#include <openssl/evp.h>\n#include <openssl/rand.h>\n#include <string.h>\n\n#define SALT_LEN 16\n#define KEY_LEN 32\n\n/* Turn the password a user typed into a key record: salt || key. */\nint derive_password_record(const char *pass, unsigned char record[SALT_LEN + KEY_LEN])\n{\n    if (RAND_bytes(record, SALT_LEN) != 1)\n        return -1;\n    if (!PKCS5_PBKDF2_HMAC(pass, strlen(pass), record, SALT_LEN, 310000,\n                           EVP_sha256(), KEY_LEN, record + SALT_LEN))\n        return -1;\n    return 0;\n}\n",
  "wave": 1
 },
 {
  "name": "hash-pbkdf2-const-salt",
  "kind": "vuln",
  "lang": "c",
  "cwe": 759,
  "code": "#include <openssl/evp.h>\n#include <string.h>\n\nstatic const unsigned char APP_SALT[] = \"kala-app-salt-v1\";\n\n/* Derive the verifier stored for a user's login password. */\nint password_verifier(const char *password, unsigned char out[32])\n{\n    return PKCS5_PBKDF2_HMAC(password, (int)strlen(password), APP_SALT, sizeof APP_SALT - 1,\n                             200000, EVP_sha256(), 32, out) == 1 ? 0 : -1;\n}\n",
  "wave": 1
 },
 {
  "name": "hash-pbkdf2-const-salt",
  "kind": "safe",
  "lang": "c",
  "cwe": 759,
  "code": "#include <openssl/evp.h>\n#include <openssl/rand.h>\n#include <string.h>\n\n/* Derive the verifier stored for a user's login password; salt is generated per user. */\nint password_verifier(const char *password, unsigned char salt[16], unsigned char out[32])\n{\n    if (RAND_bytes(salt, 16) != 1)\n        return -1;\n    return PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, 16,\n                             200000, EVP_sha256(), 32, out) == 1 ? 0 : -1;\n}\n",
  "wave": 1
 },
 {
  "name": "hash-cert-sha1-fingerprint",
  "kind": "vuln",
  "lang": "c",
  "cwe": 328,
  "code": "#include <openssl/sha.h>\n#include <openssl/x509.h>\n#include <stdio.h>\n\n/* Compute the fingerprint used to pin a server certificate received from the peer.\n * der/der_len: the certificate the server presented. hex: 41 bytes. */\nvoid cert_fingerprint(const unsigned char *der, size_t der_len, char *hex)\n{\n    unsigned char md[SHA_DIGEST_LENGTH];\n    SHA1(der, der_len, md);\n    for (int i = 0; i < SHA_DIGEST_LENGTH; i++)\n        snprintf(hex + i * 2, 3, \"%02x\", md[i]);\n}\n",
  "wave": 1
 },
 {
  "name": "hash-cert-sha1-fingerprint",
  "kind": "safe",
  "lang": "c",
  "cwe": 328,
  "code": "#include <openssl/sha.h>\n#include <openssl/x509.h>\n#include <stdio.h>\n\n/* Compute the fingerprint used to pin a server certificate received from the peer.\n * der/der_len: the certificate the server presented. hex: 65 bytes. */\nvoid cert_fingerprint(const unsigned char *der, size_t der_len, char *hex)\n{\n    unsigned char md[SHA256_DIGEST_LENGTH];\n    SHA256(der, der_len, md);\n    for (int i = 0; i < SHA256_DIGEST_LENGTH; i++)\n        snprintf(hex + i * 2, 3, \"%02x\", md[i]);\n}\n",
  "wave": 1
 },
 {
  "name": "hash-des-ecb-encrypt",
  "kind": "vuln",
  "lang": "c",
  "cwe": 327,
  "code": "#include <openssl/evp.h>\n\n/* Encrypt a customer's card number before writing it to the database. */\nint encrypt_card(const unsigned char key[8], const unsigned char *pan, int pan_len,\n                 unsigned char *out, int *out_len)\n{\n    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();\n    int n = 0, f = 0;\n    EVP_EncryptInit_ex(ctx, EVP_des_ecb(), NULL, key, NULL);\n    EVP_EncryptUpdate(ctx, out, &n, pan, pan_len);\n    EVP_EncryptFinal_ex(ctx, out + n, &f);\n    EVP_CIPHER_CTX_free(ctx);\n    *out_len = n + f;\n    return 0;\n}\n",
  "wave": 1
 },
 {
  "name": "hash-des-ecb-encrypt",
  "kind": "safe",
  "lang": "c",
  "cwe": 327,
  "code": "#include <openssl/evp.h>\n#include <openssl/rand.h>\n\n/* Encrypt a customer's card number before writing it to the database.\n * out receives iv(12) || ciphertext || tag(16). */\nint encrypt_card(const unsigned char key[32], const unsigned char *pan, int pan_len,\n                 unsigned char *out, int *out_len)\n{\n    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();\n    int n = 0, f = 0;\n    if (RAND_bytes(out, 12) != 1) { EVP_CIPHER_CTX_free(ctx); return -1; }\n    EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, out);\n    EVP_EncryptUpdate(ctx, out + 12, &n, pan, pan_len);\n    EVP_EncryptFinal_ex(ctx, out + 12 + n, &f);\n    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, out + 12 + n + f);\n    EVP_CIPHER_CTX_free(ctx);\n    *out_len = 12 + n + f + 16;\n    return 0;\n}\n",
  "wave": 1
 },
 {
  "name": "hash-aes-ecb-session",
  "kind": "vuln",
  "lang": "c",
  "cwe": 327,
  "code": "#include <openssl/evp.h>\n#include <string.h>\n\n/* Encrypt the session blob that is handed to the browser as a cookie. */\nint seal_session(const unsigned char *key, const char *blob, unsigned char *out)\n{\n    int n = 0, f = 0;\n    EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();\n    const EVP_CIPHER *cipher = EVP_aes_128_ecb();\n    EVP_EncryptInit_ex(c, cipher, NULL, key, NULL);\n    EVP_EncryptUpdate(c, out, &n, (const unsigned char *)blob, (int)strlen(blob));\n    EVP_EncryptFinal_ex(c, out + n, &f);\n    EVP_CIPHER_CTX_free(c);\n    return n + f;\n}\n",
  "wave": 1
 },
 {
  "name": "hash-aes-ecb-session",
  "kind": "safe",
  "lang": "c",
  "cwe": 327,
  "code": "#include <sodium.h>\n#include <string.h>\n\n/* Encrypt the session blob that is handed to the browser as a cookie.\n * out: nonce || ciphertext+tag. */\nint seal_session(const unsigned char key[crypto_aead_chacha20poly1305_ietf_KEYBYTES], const char *blob, unsigned char *out)\n{\n    unsigned long long clen = 0;\n    unsigned char *nonce = out;\n    randombytes_buf(nonce, crypto_aead_chacha20poly1305_ietf_NPUBBYTES);\n    crypto_aead_chacha20poly1305_ietf_encrypt(out + crypto_aead_chacha20poly1305_ietf_NPUBBYTES, &clen,\n        (const unsigned char *)blob, strlen(blob), NULL, 0, NULL, nonce, key);\n    return (int)(clen + crypto_aead_chacha20poly1305_ietf_NPUBBYTES);\n}\n",
  "wave": 1
 },
 {
  "name": "hash-cpp-sha1-password",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 916,
  "code": "#include <openssl/sha.h>\n#include <string>\n#include <sstream>\n#include <iomanip>\n\n// Returns the hex digest stored in users.password_hash for the given plaintext password.\nstd::string hashUserPassword(const std::string& password) {\n    unsigned char md[SHA_DIGEST_LENGTH];\n    SHA1(reinterpret_cast<const unsigned char*>(password.data()), password.size(), md);\n    std::ostringstream os;\n    for (unsigned char b : md) os << std::hex << std::setw(2) << std::setfill('0') << (int)b;\n    return os.str();\n}\n",
  "wave": 1
 },
 {
  "name": "hash-cpp-sha1-password",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 916,
  "code": "#include <sodium.h>\n#include <string>\n#include <stdexcept>\n\n// Returns the argon2id string stored in users.password_hash for the given plaintext password.\nstd::string hashUserPassword(const std::string& password) {\n    char out[crypto_pwhash_STRBYTES];\n    if (crypto_pwhash_str(out, password.c_str(), password.size(),\n                          crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE) != 0)\n        throw std::runtime_error(\"out of memory\");\n    return std::string(out);\n}\n",
  "wave": 1
 },
 {
  "name": "hash-cpp-cryptopp-md5-password",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 916,
  "code": "#define CRYPTOPP_ENABLE_NAMESPACE_WEAK 1\n#include <cryptopp/md5.h>\n#include <cryptopp/hex.h>\n#include <cryptopp/filters.h>\n#include <string>\n\n// Hash the password entered on the registration form before saving the account.\nstd::string passwordDigest(const std::string& password, const std::string& salt) {\n    CryptoPP::Weak::MD5 hash;\n    std::string digest;\n    CryptoPP::StringSource ss(salt + password, true,\n        new CryptoPP::HashFilter(hash, new CryptoPP::HexEncoder(new CryptoPP::StringSink(digest))));\n    return digest;\n}\n",
  "wave": 1
 },
 {
  "name": "hash-cpp-cryptopp-md5-password",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 916,
  "code": "#include <cryptopp/pwdbased.h>\n#include <cryptopp/sha.h>\n#include <cryptopp/hex.h>\n#include <string>\n\n// Hash the password entered on the registration form before saving the account (salt: 16 random bytes).\nstd::string passwordDigest(const std::string& password, const std::string& salt) {\n    CryptoPP::PKCS5_PBKDF2_HMAC<CryptoPP::SHA256> kdf;\n    CryptoPP::byte key[32];\n    kdf.DeriveKey(key, sizeof key, 0, reinterpret_cast<const CryptoPP::byte*>(password.data()), password.size(),\n                  reinterpret_cast<const CryptoPP::byte*>(salt.data()), salt.size(), 310000);\n    std::string out;\n    CryptoPP::HexEncoder enc(new CryptoPP::StringSink(out));\n    enc.Put(key, sizeof key);\n    enc.MessageEnd();\n    return out;\n}\n",
  "wave": 1
 },
 {
  "name": "hash-cpp-rc4-token",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 327,
  "code": "#include <openssl/evp.h>\n#include <string>\n#include <vector>\n\n// Encrypts an API token with the shared key before it is stored in the config file.\nstd::vector<unsigned char> encryptToken(const std::string& token, const unsigned char* key) {\n    std::vector<unsigned char> out(token.size() + 16);\n    int n = 0, f = 0;\n    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();\n    EVP_EncryptInit_ex(ctx, EVP_rc4(), nullptr, key, nullptr);\n    EVP_EncryptUpdate(ctx, out.data(), &n, reinterpret_cast<const unsigned char*>(token.data()), (int)token.size());\n    EVP_EncryptFinal_ex(ctx, out.data() + n, &f);\n    EVP_CIPHER_CTX_free(ctx);\n    out.resize(n + f);\n    return out;\n}\n",
  "wave": 1
 },
 {
  "name": "hash-cpp-rc4-token",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 327,
  "code": "#include <openssl/evp.h>\n#include <openssl/rand.h>\n#include <string>\n#include <vector>\n\n// Encrypts an API token with the shared key before it is stored in the config file.\n// Layout: 12-byte nonce || ciphertext || 16-byte tag.\nstd::vector<unsigned char> encryptToken(const std::string& token, const unsigned char* key) {\n    std::vector<unsigned char> out(12 + token.size() + 16);\n    int n = 0, f = 0;\n    RAND_bytes(out.data(), 12);\n    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();\n    EVP_EncryptInit_ex(ctx, EVP_chacha20_poly1305(), nullptr, key, out.data());\n    EVP_EncryptUpdate(ctx, out.data() + 12, &n, reinterpret_cast<const unsigned char*>(token.data()), (int)token.size());\n    EVP_EncryptFinal_ex(ctx, out.data() + 12 + n, &f);\n    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_GET_TAG, 16, out.data() + 12 + n + f);\n    EVP_CIPHER_CTX_free(ctx);\n    return out;\n}\n",
  "wave": 1
 },
 {
  "name": "hash-cpp-static-iv",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 329,
  "code": "#include <openssl/evp.h>\n#include <string>\n#include <vector>\n\nstatic const unsigned char kIv[16] = {0};\n\n// Encrypt a user's note with AES-256-CBC before writing it to disk.\nstd::vector<unsigned char> encryptNote(const std::string& note, const unsigned char key[32]) {\n    std::vector<unsigned char> out(note.size() + 32);\n    int n = 0, f = 0;\n    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();\n    EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, key, kIv);\n    EVP_EncryptUpdate(ctx, out.data(), &n, (const unsigned char*)note.data(), (int)note.size());\n    EVP_EncryptFinal_ex(ctx, out.data() + n, &f);\n    EVP_CIPHER_CTX_free(ctx);\n    out.resize(n + f);\n    return out;\n}\n",
  "wave": 1
 },
 {
  "name": "hash-cpp-static-iv",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 329,
  "code": "#include <openssl/evp.h>\n#include <openssl/rand.h>\n#include <string>\n#include <vector>\n\n// Encrypt a user's note with AES-256-GCM before writing it to disk: iv(12) || ct || tag(16).\nstd::vector<unsigned char> encryptNote(const std::string& note, const unsigned char key[32]) {\n    std::vector<unsigned char> out(12 + note.size() + 16);\n    int n = 0, f = 0;\n    RAND_bytes(out.data(), 12);\n    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();\n    EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, key, out.data());\n    EVP_EncryptUpdate(ctx, out.data() + 12, &n, (const unsigned char*)note.data(), (int)note.size());\n    EVP_EncryptFinal_ex(ctx, out.data() + 12 + n, &f);\n    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, out.data() + 12 + n + f);\n    EVP_CIPHER_CTX_free(ctx);\n    return out;\n}\n",
  "wave": 1
 },
 {
  "name": "hash-cpp-rsa-1024",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 326,
  "code": "#include <openssl/evp.h>\n#include <openssl/rsa.h>\n\n// Generate the key pair a device uses to sign its telemetry uploads.\nEVP_PKEY* generateDeviceKey() {\n    EVP_PKEY* pkey = nullptr;\n    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr);\n    EVP_PKEY_keygen_init(ctx);\n    EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 1024);\n    EVP_PKEY_keygen(ctx, &pkey);\n    EVP_PKEY_CTX_free(ctx);\n    return pkey;\n}\n",
  "wave": 1
 },
 {
  "name": "hash-cpp-rsa-1024",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 326,
  "code": "#include <openssl/evp.h>\n#include <openssl/rsa.h>\n\n// Generate the key pair a device uses to sign its telemetry uploads.\nEVP_PKEY* generateDeviceKey() {\n    EVP_PKEY* pkey = nullptr;\n    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr);\n    EVP_PKEY_keygen_init(ctx);\n    EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 3072);\n    EVP_PKEY_keygen(ctx, &pkey);\n    EVP_PKEY_CTX_free(ctx);\n    return pkey;\n}\n",
  "wave": 1
 },
 {
  "name": "ssrf-curl-subdomain",
  "kind": "vuln",
  "lang": "c",
  "cwe": 918,
  "code": "#include <curl/curl.h>\n#include <stdio.h>\n\n/* Fetch the status page of a tenant. subdomain: the tenant name the user typed. */\nint fetch_tenant_status(const char *subdomain, FILE *out)\n{\n    char url[512];\n    snprintf(url, sizeof url, \"https://%s.example.com/status\", subdomain);\n    CURL *curl = curl_easy_init();\n    if (!curl) return -1;\n    curl_easy_setopt(curl, CURLOPT_URL, url);\n    curl_easy_setopt(curl, CURLOPT_WRITEDATA, out);\n    CURLcode rc = curl_easy_perform(curl);\n    curl_easy_cleanup(curl);\n    return rc == CURLE_OK ? 0 : -1;\n}\n",
  "wave": 1
 },
 {
  "name": "ssrf-curl-subdomain",
  "kind": "safe",
  "lang": "c",
  "cwe": 918,
  "code": "#include <curl/curl.h>\n#include <ctype.h>\n#include <stdio.h>\n#include <string.h>\n\n/* Fetch the status page of a tenant. subdomain: the tenant name the user typed. */\nint fetch_tenant_status(const char *subdomain, FILE *out)\n{\n    size_t n = strlen(subdomain);\n    if (n == 0 || n > 63) return -1;\n    for (size_t i = 0; i < n; i++)\n        if (!islower((unsigned char)subdomain[i]) && !isdigit((unsigned char)subdomain[i]) && subdomain[i] != '-')\n            return -1;\n    char url[512];\n    snprintf(url, sizeof url, \"https://%s.example.com/status\", subdomain);\n    CURL *curl = curl_easy_init();\n    if (!curl) return -1;\n    curl_easy_setopt(curl, CURLOPT_URL, url);\n    curl_easy_setopt(curl, CURLOPT_WRITEDATA, out);\n    CURLcode rc = curl_easy_perform(curl);\n    curl_easy_cleanup(curl);\n    return rc == CURLE_OK ? 0 : -1;\n}\n",
  "wave": 1
 },
 {
  "name": "ssrf-curl-webhook",
  "kind": "vuln",
  "lang": "c",
  "cwe": 918,
  "code": "#include <curl/curl.h>\n#include <string.h>\n\n/* Deliver an event to the webhook URL that the customer registered in their settings. */\nint deliver_webhook(const char *webhook_url, const char *json_body)\n{\n    CURL *h = curl_easy_init();\n    struct curl_slist *hdrs = curl_slist_append(NULL, \"Content-Type: application/json\");\n    curl_easy_setopt(h, CURLOPT_URL, webhook_url);\n    curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdrs);\n    curl_easy_setopt(h, CURLOPT_POSTFIELDS, json_body);\n    CURLcode rc = curl_easy_perform(h);\n    curl_slist_free_all(hdrs);\n    curl_easy_cleanup(h);\n    return rc;\n}\n",
  "wave": 1
 },
 {
  "name": "ssrf-curl-webhook",
  "kind": "safe",
  "lang": "c",
  "cwe": 918,
  "code": "#include <curl/curl.h>\n#include <string.h>\n\n/* Deliver an event to the webhook URL that the customer registered in their settings.\n * Only https URLs on the partner host are accepted. */\nint deliver_webhook(const char *webhook_url, const char *json_body)\n{\n    CURLU *u = curl_url();\n    char *host = NULL, *scheme = NULL;\n    int ok = curl_url_set(u, CURLUPART_URL, webhook_url, 0) == CURLUE_OK\n          && curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK\n          && curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK\n          && strcmp(scheme, \"https\") == 0 && strcmp(host, \"hooks.partner.example\") == 0;\n    curl_free(host); curl_free(scheme); curl_url_cleanup(u);\n    if (!ok) return -1;\n    CURL *h = curl_easy_init();\n    struct curl_slist *hdrs = curl_slist_append(NULL, \"Content-Type: application/json\");\n    curl_easy_setopt(h, CURLOPT_URL, webhook_url);\n    curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdrs);\n    curl_easy_setopt(h, CURLOPT_POSTFIELDS, json_body);\n    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, \"https\");\n    CURLcode rc = curl_easy_perform(h);\n    curl_slist_free_all(hdrs);\n    curl_easy_cleanup(h);\n    return rc;\n}\n",
  "wave": 1
 },
 {
  "name": "ssrf-return-url",
  "kind": "vuln",
  "lang": "c",
  "cwe": 918,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Build the URL the crawler will fetch for a user's avatar.\n * domain: the domain the user entered in their profile. Caller frees. */\nchar *avatar_url(const char *domain, const char *user_id)\n{\n    size_t n = strlen(domain) + strlen(user_id) + 32;\n    char *url = malloc(n);\n    if (!url) return NULL;\n    snprintf(url, n, \"https://%s/avatars/%s.png\", domain, user_id);\n    return url;\n}\n",
  "wave": 1
 },
 {
  "name": "ssrf-return-url",
  "kind": "safe",
  "lang": "c",
  "cwe": 918,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstatic const char *const ALLOWED_DOMAINS[] = { \"cdn.example.com\", \"img.example.org\" };\n\n/* Build the URL the crawler will fetch for a user's avatar.\n * domain: the domain the user entered in their profile. Caller frees. */\nchar *avatar_url(const char *domain, const char *user_id)\n{\n    int ok = 0;\n    for (size_t i = 0; i < sizeof ALLOWED_DOMAINS / sizeof *ALLOWED_DOMAINS; i++)\n        if (strcmp(domain, ALLOWED_DOMAINS[i]) == 0) ok = 1;\n    if (!ok || strspn(user_id, \"0123456789\") != strlen(user_id)) return NULL;\n    size_t n = strlen(domain) + strlen(user_id) + 32;\n    char *url = malloc(n);\n    if (!url) return NULL;\n    snprintf(url, n, \"https://%s/avatars/%s.png\", domain, user_id);\n    return url;\n}\n",
  "wave": 1
 },
 {
  "name": "ssrf-cpp-curl-string",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 918,
  "code": "#include <curl/curl.h>\n#include <string>\n\nstatic size_t collect(char* p, size_t s, size_t n, void* ud) {\n    static_cast<std::string*>(ud)->append(p, s * n);\n    return s * n;\n}\n\n// Download the RSS feed at the address the user subscribed to.\nstd::string fetchFeed(const std::string& feedUrl) {\n    std::string body;\n    CURL* c = curl_easy_init();\n    curl_easy_setopt(c, CURLOPT_URL, feedUrl.c_str());\n    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);\n    curl_easy_setopt(c, CURLOPT_WRITEDATA, &body);\n    curl_easy_perform(c);\n    curl_easy_cleanup(c);\n    return body;\n}\n",
  "wave": 1
 },
 {
  "name": "ssrf-cpp-curl-string",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 918,
  "code": "#include <curl/curl.h>\n#include <string>\n#include <set>\n\nstatic size_t collect(char* p, size_t s, size_t n, void* ud) {\n    static_cast<std::string*>(ud)->append(p, s * n);\n    return s * n;\n}\n\nstatic const std::set<std::string> kFeedHosts = {\"feeds.example.com\", \"blog.example.com\"};\n\n// Download the RSS feed at the address the user subscribed to (only known feed hosts).\nstd::string fetchFeed(const std::string& feedUrl) {\n    CURLU* u = curl_url();\n    char* host = nullptr;\n    bool ok = curl_url_set(u, CURLUPART_URL, feedUrl.c_str(), 0) == CURLUE_OK\n           && curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK\n           && kFeedHosts.count(host) > 0;\n    curl_free(host);\n    curl_url_cleanup(u);\n    if (!ok) return \"\";\n    std::string body;\n    CURL* c = curl_easy_init();\n    curl_easy_setopt(c, CURLOPT_URL, feedUrl.c_str());\n    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);\n    curl_easy_setopt(c, CURLOPT_WRITEDATA, &body);\n    curl_easy_perform(c);\n    curl_easy_cleanup(c);\n    return body;\n}\n",
  "wave": 1
 },
 {
  "name": "ssrf-cpp-user-path",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 918,
  "code": "#include <curl/curl.h>\n#include <string>\n\n// Ask the internal profile service for a user's record. userId comes from the client request.\nlong fetchProfile(const std::string& userId) {\n    std::string url = \"http://profiles.internal:8080/api/users/\" + userId;\n    CURL* c = curl_easy_init();\n    curl_easy_setopt(c, CURLOPT_URL, url.c_str());\n    curl_easy_setopt(c, CURLOPT_NOBODY, 1L);\n    curl_easy_perform(c);\n    long code = 0;\n    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);\n    curl_easy_cleanup(c);\n    return code;\n}\n",
  "wave": 1
 },
 {
  "name": "ssrf-cpp-user-path",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 918,
  "code": "#include <curl/curl.h>\n#include <string>\n#include <regex>\n\n// Ask the internal profile service for a user's record. userId comes from the client request.\nlong fetchProfile(const std::string& userId) {\n    static const std::regex kId(\"^[0-9]{1,12}$\");\n    if (!std::regex_match(userId, kId)) return 400;\n    std::string url = \"http://profiles.internal:8080/api/users/\" + userId;\n    CURL* c = curl_easy_init();\n    curl_easy_setopt(c, CURLOPT_URL, url.c_str());\n    curl_easy_setopt(c, CURLOPT_NOBODY, 1L);\n    curl_easy_perform(c);\n    long code = 0;\n    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);\n    curl_easy_cleanup(c);\n    return code;\n}\n",
  "wave": 1
 },
 {
  "name": "ssrf-cpp-return-url",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 918,
  "code": "#include <string>\n\n// Returns the URL the image proxy should fetch for the `src` the page author supplied.\nstd::string proxyTarget(const std::string& host, const std::string& path) {\n    std::string url = \"http://\" + host;\n    url += \"/\";\n    url += path;\n    return url;\n}\n",
  "wave": 1
 },
 {
  "name": "ssrf-cpp-return-url",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 918,
  "code": "#include <string>\n#include <set>\n#include <stdexcept>\n\n// Returns the URL the image proxy should fetch for the `src` the page author supplied.\nstd::string proxyTarget(const std::string& host, const std::string& path) {\n    static const std::set<std::string> allowed = {\"images.example.com\", \"static.example.com\"};\n    if (!allowed.count(host)) throw std::invalid_argument(\"host not allowed\");\n    if (path.find(\"..\") != std::string::npos || path.find_first_of(\"?#@\\\\\") != std::string::npos)\n        throw std::invalid_argument(\"bad path\");\n    std::string url = \"http://\" + host;\n    url += \"/\";\n    url += path;\n    return url;\n}\n",
  "wave": 1
 },
 {
  "name": "xss-c-welcome",
  "kind": "vuln",
  "lang": "c",
  "cwe": 79,
  "code": "#include <stdio.h>\n\n/* Write the welcome page for a logged-in user into buf.\n * username: the display name the user chose. */\nint render_welcome(char *buf, size_t len, const char *username)\n{\n    return snprintf(buf, len,\n        \"<html><body><h1>Welcome, %s!</h1><p>Glad to see you again.</p></body></html>\",\n        username);\n}\n",
  "wave": 1
 },
 {
  "name": "xss-c-welcome",
  "kind": "safe",
  "lang": "c",
  "cwe": 79,
  "code": "#include <stdio.h>\n#include <string.h>\n\nstatic void html_escape(const char *in, char *out, size_t cap)\n{\n    size_t o = 0;\n    for (; *in && o + 7 < cap; in++) {\n        const char *r = NULL;\n        switch (*in) {\n        case '&': r = \"&amp;\"; break;\n        case '<': r = \"&lt;\"; break;\n        case '>': r = \"&gt;\"; break;\n        case '\"': r = \"&quot;\"; break;\n        case '\\'': r = \"&#39;\"; break;\n        }\n        if (r) { size_t k = strlen(r); memcpy(out + o, r, k); o += k; }\n        else out[o++] = *in;\n    }\n    out[o] = '\\0';\n}\n\n/* Write the welcome page for a logged-in user into buf.\n * username: the display name the user chose. */\nint render_welcome(char *buf, size_t len, const char *username)\n{\n    char safe[512];\n    html_escape(username, safe, sizeof safe);\n    return snprintf(buf, len,\n        \"<html><body><h1>Welcome, %s!</h1><p>Glad to see you again.</p></body></html>\",\n        safe);\n}\n",
  "wave": 1
 },
 {
  "name": "xss-c-strcat-comments",
  "kind": "vuln",
  "lang": "c",
  "cwe": 79,
  "code": "#include <string.h>\n\nstruct comment { const char *author; const char *text; };\n\n/* Render the comments that visitors posted under an article as an HTML list. */\nvoid render_comments(const struct comment *c, int n, char *html, size_t cap)\n{\n    html[0] = '\\0';\n    strncat(html, \"<ul class=\\\"comments\\\">\", cap - strlen(html) - 1);\n    for (int i = 0; i < n; i++) {\n        strncat(html, \"<li><b>\", cap - strlen(html) - 1);\n        strncat(html, c[i].author, cap - strlen(html) - 1);\n        strncat(html, \"</b>: \", cap - strlen(html) - 1);\n        strncat(html, c[i].text, cap - strlen(html) - 1);\n        strncat(html, \"</li>\", cap - strlen(html) - 1);\n    }\n    strncat(html, \"</ul>\", cap - strlen(html) - 1);\n}\n",
  "wave": 1
 },
 {
  "name": "xss-c-strcat-comments",
  "kind": "safe",
  "lang": "c",
  "cwe": 79,
  "code": "#include <string.h>\n\nstruct comment { const char *author; const char *text; };\n\n/* Append s to html with the five HTML metacharacters replaced by entities. */\nstatic void cat_escaped(char *html, size_t cap, const char *s)\n{\n    char one[2] = {0, 0};\n    for (; *s; s++) {\n        const char *r;\n        switch (*s) {\n        case '&': r = \"&amp;\"; break;\n        case '<': r = \"&lt;\"; break;\n        case '>': r = \"&gt;\"; break;\n        case '\"': r = \"&quot;\"; break;\n        case '\\'': r = \"&#x27;\"; break;\n        default: one[0] = *s; r = one;\n        }\n        strncat(html, r, cap - strlen(html) - 1);\n    }\n}\n\n/* Render the comments that visitors posted under an article as an HTML list. */\nvoid render_comments(const struct comment *c, int n, char *html, size_t cap)\n{\n    html[0] = '\\0';\n    strncat(html, \"<ul class=\\\"comments\\\">\", cap - strlen(html) - 1);\n    for (int i = 0; i < n; i++) {\n        strncat(html, \"<li><b>\", cap - strlen(html) - 1);\n        cat_escaped(html, cap, c[i].author);\n        strncat(html, \"</b>: \", cap - strlen(html) - 1);\n        cat_escaped(html, cap, c[i].text);\n        strncat(html, \"</li>\", cap - strlen(html) - 1);\n    }\n    strncat(html, \"</ul>\", cap - strlen(html) - 1);\n}\n",
  "wave": 1
 },
 {
  "name": "xss-c-cgi-printf",
  "kind": "vuln",
  "lang": "c",
  "cwe": 79,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n\n/* Print the search results page header for the query the visitor submitted. */\nvoid print_search_header(const char *query)\n{\n    printf(\"Content-Type: text/html\\r\\n\\r\\n\");\n    printf(\"<html><head><title>Search</title></head><body>\\n\");\n    printf(\"<h2>Results for \\\"%s\\\"</h2>\\n\", query);\n}\n",
  "wave": 1
 },
 {
  "name": "xss-c-cgi-printf",
  "kind": "safe",
  "lang": "c",
  "cwe": 79,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n\nstatic void put_escaped(const char *s)\n{\n    for (; *s; s++) {\n        switch (*s) {\n        case '&': fputs(\"&amp;\", stdout); break;\n        case '<': fputs(\"&lt;\", stdout); break;\n        case '>': fputs(\"&gt;\", stdout); break;\n        case '\"': fputs(\"&quot;\", stdout); break;\n        case '\\'': fputs(\"&#39;\", stdout); break;\n        default: putchar(*s);\n        }\n    }\n}\n\n/* Print the search results page header for the query the visitor submitted. */\nvoid print_search_header(const char *query)\n{\n    printf(\"Content-Type: text/html\\r\\n\\r\\n\");\n    printf(\"<html><head><title>Search</title></head><body>\\n\");\n    printf(\"<h2>Results for \\\"\");\n    put_escaped(query);\n    printf(\"\\\"</h2>\\n\");\n}\n",
  "wave": 1
 },
 {
  "name": "xss-c-error-page-malloc",
  "kind": "vuln",
  "lang": "c",
  "cwe": 79,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Build the 404 page for a path that the client requested. Caller frees. */\nchar *not_found_page(const char *request_path)\n{\n    const char *tpl = \"<html><body><h1>Not Found</h1><p>The page %s does not exist.</p></body></html>\";\n    size_t n = strlen(tpl) + strlen(request_path) + 1;\n    char *page = malloc(n);\n    if (page) sprintf(page, tpl, request_path);\n    return page;\n}\n",
  "wave": 1
 },
 {
  "name": "xss-c-error-page-malloc",
  "kind": "safe",
  "lang": "c",
  "cwe": 79,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Build the 404 page for a path that the client requested. Caller frees.\n * The path is not echoed back, so nothing the client sent reaches the markup. */\nchar *not_found_page(const char *request_path)\n{\n    (void)request_path;\n    const char *page = \"<html><body><h1>Not Found</h1><p>The requested page does not exist.</p></body></html>\";\n    return strdup(page);\n}\n",
  "wave": 1
 },
 {
  "name": "xss-cpp-profile-card",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 79,
  "code": "#include <string>\n\n// Render a profile card for the public profile page. bio and name are written by the user.\nstd::string renderProfileCard(const std::string& name, const std::string& bio) {\n    std::string html = \"<div class=\\\"card\\\">\";\n    html += \"<h3>\" + name + \"</h3>\";\n    html += \"<p class=\\\"bio\\\">\" + bio + \"</p>\";\n    html += \"</div>\";\n    return html;\n}\n",
  "wave": 1
 },
 {
  "name": "xss-cpp-profile-card",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 79,
  "code": "#include <string>\n\nstatic std::string escapeHtml(const std::string& s) {\n    std::string out;\n    out.reserve(s.size());\n    for (char c : s) {\n        switch (c) {\n            case '&': out += \"&amp;\"; break;\n            case '<': out += \"&lt;\"; break;\n            case '>': out += \"&gt;\"; break;\n            case '\"': out += \"&quot;\"; break;\n            case '\\'': out += \"&#39;\"; break;\n            default: out += c;\n        }\n    }\n    return out;\n}\n\n// Render a profile card for the public profile page. bio and name are written by the user.\nstd::string renderProfileCard(const std::string& name, const std::string& bio) {\n    std::string html = \"<div class=\\\"card\\\">\";\n    html += \"<h3>\" + escapeHtml(name) + \"</h3>\";\n    html += \"<p class=\\\"bio\\\">\" + escapeHtml(bio) + \"</p>\";\n    html += \"</div>\";\n    return html;\n}\n",
  "wave": 1
 },
 {
  "name": "xss-cpp-ostringstream-email",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 79,
  "code": "#include <sstream>\n#include <string>\n\n// Build the HTML body of the invitation e-mail. inviterName and message come from the inviter's form.\nstd::string invitationEmailHtml(const std::string& inviterName, const std::string& message) {\n    std::ostringstream os;\n    os << \"<html><body>\";\n    os << \"<p><strong>\" << inviterName << \"</strong> invited you to join the team.</p>\";\n    os << \"<blockquote>\" << message << \"</blockquote>\";\n    os << \"<a href=\\\"https://app.example.com/join\\\">Accept</a></body></html>\";\n    return os.str();\n}\n",
  "wave": 1
 },
 {
  "name": "xss-cpp-ostringstream-email",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 79,
  "code": "#include <sstream>\n#include <string>\n\nstatic void writeEscaped(std::ostream& os, const std::string& s) {\n    for (char c : s) {\n        if (c == '&') os << \"&amp;\";\n        else if (c == '<') os << \"&lt;\";\n        else if (c == '>') os << \"&gt;\";\n        else if (c == '\"') os << \"&quot;\";\n        else if (c == '\\'') os << \"&#39;\";\n        else os << c;\n    }\n}\n\n// Build the HTML body of the invitation e-mail. inviterName and message come from the inviter's form.\nstd::string invitationEmailHtml(const std::string& inviterName, const std::string& message) {\n    std::ostringstream os;\n    os << \"<html><body>\";\n    os << \"<p><strong>\";\n    writeEscaped(os, inviterName);\n    os << \"</strong> invited you to join the team.</p>\";\n    os << \"<blockquote>\";\n    writeEscaped(os, message);\n    os << \"</blockquote>\";\n    os << \"<a href=\\\"https://app.example.com/join\\\">Accept</a></body></html>\";\n    return os.str();\n}\n",
  "wave": 1
 },
 {
  "name": "xss-cpp-link-attr",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 79,
  "code": "#include <string>\n#include <vector>\n\nstruct Bookmark { std::string title; std::string url; };\n\n// Render the bookmarks a user saved as a list of links.\nstd::string renderBookmarks(const std::vector<Bookmark>& items) {\n    std::string out = \"<ul>\";\n    for (const auto& b : items) {\n        out.append(\"<li><a href=\\\"\").append(b.url).append(\"\\\">\").append(b.title).append(\"</a></li>\");\n    }\n    out.append(\"</ul>\");\n    return out;\n}\n",
  "wave": 1
 },
 {
  "name": "xss-cpp-link-attr",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 79,
  "code": "#include <string>\n#include <vector>\n\nstruct Bookmark { std::string title; std::string url; };\n\nstatic std::string esc(const std::string& s) {\n    std::string r;\n    for (char c : s) {\n        switch (c) {\n            case '&': r += \"&amp;\"; break;\n            case '<': r += \"&lt;\"; break;\n            case '>': r += \"&gt;\"; break;\n            case '\"': r += \"&quot;\"; break;\n            case '\\'': r += \"&#39;\"; break;\n            default: r += c;\n        }\n    }\n    return r;\n}\n\n// Render the bookmarks a user saved as a list of links (only http/https links).\nstd::string renderBookmarks(const std::vector<Bookmark>& items) {\n    std::string out = \"<ul>\";\n    for (const auto& b : items) {\n        if (b.url.rfind(\"https://\", 0) != 0 && b.url.rfind(\"http://\", 0) != 0) continue;\n        out.append(\"<li><a href=\\\"\").append(esc(b.url)).append(\"\\\">\").append(esc(b.title)).append(\"</a></li>\");\n    }\n    out.append(\"</ul>\");\n    return out;\n}\n",
  "wave": 1
 },
 {
  "name": "xss-cpp-httplib",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 79,
  "code": "#include <httplib.h>\n#include <string>\n\n// Registers the /hello route: greets the name passed in the query string.\nvoid registerHello(httplib::Server& svr) {\n    svr.Get(\"/hello\", [](const httplib::Request& req, httplib::Response& res) {\n        std::string name = req.get_param_value(\"name\");\n        res.set_content(\"<h1>Hello \" + name + \"</h1>\", \"text/html\");\n    });\n}\n",
  "wave": 1
 },
 {
  "name": "xss-cpp-httplib",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 79,
  "code": "#include <httplib.h>\n#include <string>\n\nstatic std::string htmlEscape(const std::string& s) {\n    std::string o;\n    for (char c : s) {\n        switch (c) {\n            case '&': o += \"&amp;\"; break;\n            case '<': o += \"&lt;\"; break;\n            case '>': o += \"&gt;\"; break;\n            case '\"': o += \"&quot;\"; break;\n            case '\\'': o += \"&#39;\"; break;\n            default: o += c;\n        }\n    }\n    return o;\n}\n\n// Registers the /hello route: greets the name passed in the query string.\nvoid registerHello(httplib::Server& svr) {\n    svr.Get(\"/hello\", [](const httplib::Request& req, httplib::Response& res) {\n        std::string name = req.get_param_value(\"name\");\n        res.set_content(\"<h1>Hello \" + htmlEscape(name) + \"</h1>\", \"text/html\");\n    });\n}\n",
  "wave": 1
 },
 {
  "name": "log-c-syslog-username",
  "kind": "vuln",
  "lang": "c",
  "cwe": 117,
  "code": "#include <syslog.h>\n\n/* Record a failed login attempt. username: what the client typed in the login form. */\nvoid log_failed_login(const char *username, const char *remote_ip)\n{\n    syslog(LOG_WARNING, \"failed login for user %s from %s\", username, remote_ip);\n}\n",
  "wave": 1
 },
 {
  "name": "log-c-syslog-username",
  "kind": "safe",
  "lang": "c",
  "cwe": 117,
  "code": "#include <syslog.h>\n#include <string.h>\n\n/* Copy s into out replacing control characters (CR, LF, ...) with '?'. */\nstatic void sanitize_log(const char *s, char *out, size_t cap)\n{\n    size_t i = 0;\n    for (; s[i] && i + 1 < cap; i++)\n        out[i] = (s[i] == '\\r' || s[i] == '\\n' || (unsigned char)s[i] < 0x20) ? '?' : s[i];\n    out[i] = '\\0';\n}\n\n/* Record a failed login attempt. username: what the client typed in the login form. */\nvoid log_failed_login(const char *username, const char *remote_ip)\n{\n    char clean[128];\n    sanitize_log(username, clean, sizeof clean);\n    syslog(LOG_WARNING, \"failed login for user %s from %s\", clean, remote_ip);\n}\n",
  "wave": 1
 },
 {
  "name": "log-c-fprintf-stderr",
  "kind": "vuln",
  "lang": "c",
  "cwe": 117,
  "code": "#include <stdio.h>\n#include <time.h>\n\n/* Audit-log a file download. filename is the name the client asked for. */\nvoid audit_download(const char *account, const char *filename)\n{\n    time_t now = time(NULL);\n    fprintf(stderr, \"%ld AUDIT account=%s downloaded file=%s\\n\", (long)now, account, filename);\n}\n",
  "wave": 1
 },
 {
  "name": "log-c-fprintf-stderr",
  "kind": "safe",
  "lang": "c",
  "cwe": 117,
  "code": "#include <stdio.h>\n#include <time.h>\n\n/* Print s with CR/LF and other control characters written as \\xNN so one entry stays one line. */\nstatic void put_clean(FILE *f, const char *s)\n{\n    for (; *s; s++) {\n        unsigned char c = (unsigned char)*s;\n        if (c < 0x20 || c == 0x7f) fprintf(f, \"\\\\x%02x\", c);\n        else fputc(c, f);\n    }\n}\n\n/* Audit-log a file download. filename is the name the client asked for. */\nvoid audit_download(const char *account, const char *filename)\n{\n    time_t now = time(NULL);\n    fprintf(stderr, \"%ld AUDIT account=\", (long)now);\n    put_clean(stderr, account);\n    fputs(\" downloaded file=\", stderr);\n    put_clean(stderr, filename);\n    fputc('\\n', stderr);\n}\n",
  "wave": 1
 },
 {
  "name": "log-c-logfile-fopen",
  "kind": "vuln",
  "lang": "c",
  "cwe": 117,
  "code": "#include <stdio.h>\n\n/* Append a line for a chat message a user sent to the moderation log. */\nint log_chat_message(const char *nick, const char *message)\n{\n    FILE *lf = fopen(\"/var/log/chat/moderation.log\", \"a\");\n    if (!lf) return -1;\n    fprintf(lf, \"[%s] %s\\n\", nick, message);\n    fclose(lf);\n    return 0;\n}\n",
  "wave": 1
 },
 {
  "name": "log-c-logfile-fopen",
  "kind": "safe",
  "lang": "c",
  "cwe": 117,
  "code": "#include <stdio.h>\n#include <string.h>\n\n/* Append a line for a chat message a user sent to the moderation log.\n * Messages or nicks containing line breaks are refused so they cannot forge entries. */\nint log_chat_message(const char *nick, const char *message)\n{\n    if (strpbrk(nick, \"\\r\\n\") || strpbrk(message, \"\\r\\n\")) return -1;\n    FILE *lf = fopen(\"/var/log/chat/moderation.log\", \"a\");\n    if (!lf) return -1;\n    fprintf(lf, \"[%s] %s\\n\", nick, message);\n    fclose(lf);\n    return 0;\n}\n",
  "wave": 1
 },
 {
  "name": "log-c-vsyslog-wrapper",
  "kind": "vuln",
  "lang": "c",
  "cwe": 117,
  "code": "#include <syslog.h>\n#include <stdarg.h>\n\nstatic void app_log(int prio, const char *fmt, ...)\n{\n    va_list ap;\n    va_start(ap, fmt);\n    vsyslog(prio, fmt, ap);\n    va_end(ap);\n}\n\n/* Called when a client sends a User-Agent we do not support. ua: the header value. */\nvoid report_unsupported_client(const char *ua)\n{\n    app_log(LOG_NOTICE, \"unsupported client: %s\", ua);\n}\n",
  "wave": 1
 },
 {
  "name": "log-c-vsyslog-wrapper",
  "kind": "safe",
  "lang": "c",
  "cwe": 117,
  "code": "#include <syslog.h>\n#include <stdarg.h>\n#include <string.h>\n\nstatic void app_log(int prio, const char *fmt, ...)\n{\n    va_list ap;\n    va_start(ap, fmt);\n    vsyslog(prio, fmt, ap);\n    va_end(ap);\n}\n\n/* Called when a client sends a User-Agent we do not support. ua: the header value. */\nvoid report_unsupported_client(const char *ua)\n{\n    char clean[256];\n    size_t i = 0;\n    for (; ua[i] && i < sizeof clean - 1; i++)\n        clean[i] = (ua[i] == '\\n' || ua[i] == '\\r') ? ' ' : ua[i];\n    clean[i] = '\\0';\n    app_log(LOG_NOTICE, \"unsupported client: %s\", clean);\n}\n",
  "wave": 1
 },
 {
  "name": "log-cpp-cerr",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 117,
  "code": "#include <iostream>\n#include <string>\n\n// Log a password-reset request. email is the address typed into the reset form.\nvoid logResetRequest(const std::string& email, const std::string& ip) {\n    std::cerr << \"[reset] requested for \" << email << \" from \" << ip << std::endl;\n}\n",
  "wave": 1
 },
 {
  "name": "log-cpp-cerr",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 117,
  "code": "#include <iostream>\n#include <string>\n\nstatic std::string oneLine(std::string s) {\n    for (auto& c : s) if (c == '\\n' || c == '\\r') c = ' ';\n    return s;\n}\n\n// Log a password-reset request. email is the address typed into the reset form.\nvoid logResetRequest(const std::string& email, const std::string& ip) {\n    std::cerr << \"[reset] requested for \" << oneLine(email) << \" from \" << ip << std::endl;\n}\n",
  "wave": 1
 },
 {
  "name": "log-cpp-spdlog",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 117,
  "code": "#include <spdlog/spdlog.h>\n#include <string>\n\n// Called when a user changes the title of their project. newTitle is user-provided.\nvoid onProjectRenamed(int projectId, const std::string& newTitle) {\n    spdlog::info(\"project {} renamed to {}\", projectId, newTitle);\n}\n",
  "wave": 1
 },
 {
  "name": "log-cpp-spdlog",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 117,
  "code": "#include <spdlog/spdlog.h>\n#include <string>\n#include <algorithm>\n\n// Called when a user changes the title of their project. newTitle is user-provided.\nvoid onProjectRenamed(int projectId, const std::string& newTitle) {\n    std::string clean = newTitle;\n    std::replace_if(clean.begin(), clean.end(), [](char c) { return c == '\\n' || c == '\\r'; }, '_');\n    spdlog::info(\"project {} renamed to {}\", projectId, clean);\n}\n",
  "wave": 1
 },
 {
  "name": "log-cpp-ofstream",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 117,
  "code": "#include <fstream>\n#include <string>\n#include <ctime>\n\n// Write an access-log line for a search the visitor ran. query is the raw search text.\nvoid logSearch(const std::string& query) {\n    std::ofstream log(\"/var/log/shop/search.log\", std::ios::app);\n    log << std::time(nullptr) << \" search: \" << query << \"\\n\";\n}\n",
  "wave": 1
 },
 {
  "name": "log-cpp-ofstream",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 117,
  "code": "#include <fstream>\n#include <string>\n#include <ctime>\n\n// Write an access-log line for a search the visitor ran. query is the raw search text.\nvoid logSearch(const std::string& query) {\n    if (query.find_first_of(\"\\r\\n\") != std::string::npos) return;\n    std::ofstream log(\"/var/log/shop/search.log\", std::ios::app);\n    log << std::time(nullptr) << \" search: \" << query << \"\\n\";\n}\n",
  "wave": 1
 },
 {
  "name": "log-cpp-clog-helper",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 117,
  "code": "#include <iostream>\n#include <sstream>\n#include <string>\n\n// Log the outcome of an API call; the key name is supplied by the caller of the public API.\nvoid logApiCall(const std::string& apiKeyName, int status) {\n    std::ostringstream line;\n    line << \"api call key=\" << apiKeyName << \" status=\" << status;\n    std::clog << line.str() << '\\n';\n}\n",
  "wave": 1
 },
 {
  "name": "log-cpp-clog-helper",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 117,
  "code": "#include <iostream>\n#include <sstream>\n#include <string>\n\n// Log the outcome of an API call; the key name is supplied by the caller of the public API.\nvoid logApiCall(const std::string& apiKeyName, int status) {\n    std::string key;\n    for (char c : apiKeyName) key += (c == '\\n' || c == '\\r') ? ' ' : c;\n    std::ostringstream line;\n    line << \"api call key=\" << key << \" status=\" << status;\n    std::clog << line.str() << '\\n';\n}\n",
  "wave": 1
 },
 {
  "name": "header-c-snprintf-location",
  "kind": "vuln",
  "lang": "c",
  "cwe": 113,
  "code": "#include <stdio.h>\n\n/* Write the redirect response header lines for the language the user picked into hdr. */\nint build_lang_cookie_header(char *hdr, size_t cap, const char *lang)\n{\n    return snprintf(hdr, cap, \"Set-Cookie: lang=%s; Path=/\\r\\n\", lang);\n}\n",
  "wave": 1
 },
 {
  "name": "header-c-snprintf-location",
  "kind": "safe",
  "lang": "c",
  "cwe": 113,
  "code": "#include <stdio.h>\n#include <string.h>\n\n/* Write the redirect response header lines for the language the user picked into hdr. */\nint build_lang_cookie_header(char *hdr, size_t cap, const char *lang)\n{\n    if (strpbrk(lang, \"\\r\\n;\") != NULL) return -1;\n    return snprintf(hdr, cap, \"Set-Cookie: lang=%s; Path=/\\r\\n\", lang);\n}\n",
  "wave": 1
 },
 {
  "name": "header-c-struct",
  "kind": "vuln",
  "lang": "c",
  "cwe": 113,
  "code": "#include <string.h>\n#include <stdio.h>\n\nstruct http_header { char name[64]; char value[256]; };\nstruct http_response { int status; int nheaders; struct http_header headers[16]; };\n\n/* Add the X-Request-Name header echoing the request name the client supplied. */\nvoid add_request_name(struct http_response *r, const char *client_name)\n{\n    struct http_header *h = &r->headers[r->nheaders++];\n    strcpy(h->name, \"X-Request-Name\");\n    snprintf(h->value, sizeof h->value, \"%s\", client_name);\n}\n",
  "wave": 1
 },
 {
  "name": "header-c-struct",
  "kind": "safe",
  "lang": "c",
  "cwe": 113,
  "code": "#include <string.h>\n#include <stdio.h>\n\nstruct http_header { char name[64]; char value[256]; };\nstruct http_response { int status; int nheaders; struct http_header headers[16]; };\n\n/* Add the X-Request-Name header echoing the request name the client supplied. */\nint add_request_name(struct http_response *r, const char *client_name)\n{\n    if (r->nheaders >= 16 || strchr(client_name, '\\r') || strchr(client_name, '\\n')) return -1;\n    struct http_header *h = &r->headers[r->nheaders++];\n    strcpy(h->name, \"X-Request-Name\");\n    snprintf(h->value, sizeof h->value, \"%s\", client_name);\n    return 0;\n}\n",
  "wave": 1
 },
 {
  "name": "header-c-write-socket",
  "kind": "vuln",
  "lang": "c",
  "cwe": 113,
  "code": "#include <stdio.h>\n#include <string.h>\n#include <unistd.h>\n\n/* Send a 302 response that redirects the browser back to the page given in `next` (a relative path). */\nvoid send_redirect(int fd, const char *next)\n{\n    char resp[1024];\n    int n = snprintf(resp, sizeof resp,\n        \"HTTP/1.1 302 Found\\r\\nLocation: /%s\\r\\nContent-Length: 0\\r\\n\\r\\n\", next);\n    if (n > 0 && (size_t)n < sizeof resp)\n        write(fd, resp, (size_t)n);\n}\n",
  "wave": 1
 },
 {
  "name": "header-c-write-socket",
  "kind": "safe",
  "lang": "c",
  "cwe": 113,
  "code": "#include <stdio.h>\n#include <string.h>\n#include <unistd.h>\n\n/* Send a 302 response that redirects the browser back to the page given in `next` (a relative path). */\nvoid send_redirect(int fd, const char *next)\n{\n    char resp[1024];\n    if (strcspn(next, \"\\r\\n\") != strlen(next)) next = \"\";\n    int n = snprintf(resp, sizeof resp,\n        \"HTTP/1.1 302 Found\\r\\nLocation: /%s\\r\\nContent-Length: 0\\r\\n\\r\\n\", next);\n    if (n > 0 && (size_t)n < sizeof resp)\n        write(fd, resp, (size_t)n);\n}\n",
  "wave": 1
 },
 {
  "name": "header-c-curl-slist",
  "kind": "vuln",
  "lang": "c",
  "cwe": 113,
  "code": "#include <curl/curl.h>\n#include <stdio.h>\n\n/* Build the outgoing request headers; trace_id is forwarded from the inbound client request. */\nstruct curl_slist *outgoing_headers(const char *trace_id)\n{\n    char line[256];\n    struct curl_slist *h = NULL;\n    h = curl_slist_append(h, \"Accept: application/json\");\n    snprintf(line, sizeof line, \"X-Trace-Id: %s\", trace_id);\n    h = curl_slist_append(h, line);\n    return h;\n}\n",
  "wave": 1
 },
 {
  "name": "header-c-curl-slist",
  "kind": "safe",
  "lang": "c",
  "cwe": 113,
  "code": "#include <curl/curl.h>\n#include <stdio.h>\n#include <string.h>\n\n/* Build the outgoing request headers; trace_id is forwarded from the inbound client request. */\nstruct curl_slist *outgoing_headers(const char *trace_id)\n{\n    char line[256];\n    struct curl_slist *h = NULL;\n    h = curl_slist_append(h, \"Accept: application/json\");\n    if (strspn(trace_id, \"0123456789abcdef-\") == strlen(trace_id)) {\n        snprintf(line, sizeof line, \"X-Trace-Id: %s\", trace_id);\n        h = curl_slist_append(h, line);\n    }\n    return h;\n}\n",
  "wave": 1
 },
 {
  "name": "header-cpp-map",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 113,
  "code": "#include <map>\n#include <string>\n\n// Returns the response headers for a file download; filename is what the uploader named the file.\nstd::map<std::string, std::string> downloadHeaders(const std::string& filename) {\n    std::map<std::string, std::string> headers;\n    headers[\"Content-Type\"] = \"application/octet-stream\";\n    headers[\"Content-Disposition\"] = \"attachment; filename=\\\"\" + filename + \"\\\"\";\n    return headers;\n}\n",
  "wave": 1
 },
 {
  "name": "header-cpp-map",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 113,
  "code": "#include <map>\n#include <string>\n\n// Returns the response headers for a file download; filename is what the uploader named the file.\nstd::map<std::string, std::string> downloadHeaders(const std::string& filename) {\n    std::string clean;\n    for (char c : filename)\n        if (c != '\\r' && c != '\\n' && c != '\"') clean += c;\n    std::map<std::string, std::string> headers;\n    headers[\"Content-Type\"] = \"application/octet-stream\";\n    headers[\"Content-Disposition\"] = \"attachment; filename=\\\"\" + clean + \"\\\"\";\n    return headers;\n}\n",
  "wave": 1
 },
 {
  "name": "header-cpp-httplib-set-header",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 113,
  "code": "#include <httplib.h>\n#include <string>\n\n// Echo the client's correlation id back so the caller can match logs.\nvoid setCorrelation(httplib::Response& res, const std::string& correlationId) {\n    res.set_header(\"X-Correlation-Id\", correlationId);\n}\n",
  "wave": 1
 },
 {
  "name": "header-cpp-httplib-set-header",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 113,
  "code": "#include <httplib.h>\n#include <string>\n\n// Echo the client's correlation id back so the caller can match logs.\nvoid setCorrelation(httplib::Response& res, const std::string& correlationId) {\n    if (correlationId.find_first_of(\"\\r\\n\") != std::string::npos) return;\n    res.set_header(\"X-Correlation-Id\", correlationId);\n}\n",
  "wave": 1
 },
 {
  "name": "header-cpp-vector-pairs",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 113,
  "code": "#include <string>\n#include <utility>\n#include <vector>\n\nusing Headers = std::vector<std::pair<std::string, std::string>>;\n\n// Adds the cookie that remembers the theme the user selected.\nvoid addThemeCookie(Headers& headers, const std::string& theme) {\n    headers.emplace_back(\"Set-Cookie\", \"theme=\" + theme + \"; Path=/; Max-Age=31536000\");\n}\n",
  "wave": 1
 },
 {
  "name": "header-cpp-vector-pairs",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 113,
  "code": "#include <string>\n#include <utility>\n#include <vector>\n\nusing Headers = std::vector<std::pair<std::string, std::string>>;\n\n// Adds the cookie that remembers the theme the user selected.\nvoid addThemeCookie(Headers& headers, const std::string& theme) {\n    if (theme != \"light\" && theme != \"dark\") return;\n    headers.emplace_back(\"Set-Cookie\", \"theme=\" + theme + \"; Path=/; Max-Age=31536000\");\n}\n",
  "wave": 1
 },
 {
  "name": "redos-c-regcomp-user",
  "kind": "vuln",
  "lang": "c",
  "cwe": 1333,
  "code": "#include <regex.h>\n#include <stdbool.h>\n\n/* Return true when text matches the filter pattern the user typed into the search box. */\nbool matches_user_filter(const char *pattern, const char *text)\n{\n    regex_t re;\n    if (regcomp(&re, pattern, REG_EXTENDED | REG_NOSUB) != 0)\n        return false;\n    bool hit = regexec(&re, text, 0, NULL, 0) == 0;\n    regfree(&re);\n    return hit;\n}\n",
  "wave": 1
 },
 {
  "name": "redos-c-regcomp-user",
  "kind": "safe",
  "lang": "c",
  "cwe": 1333,
  "code": "#include <stdbool.h>\n#include <string.h>\n\n/* Return true when text contains the filter the user typed into the search box (plain substring). */\nbool matches_user_filter(const char *pattern, const char *text)\n{\n    return strstr(text, pattern) != NULL;\n}\n",
  "wave": 1
 },
 {
  "name": "redos-c-pcre2",
  "kind": "vuln",
  "lang": "c",
  "cwe": 1333,
  "code": "#define PCRE2_CODE_UNIT_WIDTH 8\n#include <pcre2.h>\n#include <string.h>\n\n/* Check a log line against the alert rule regex that a tenant configured in the dashboard. */\nint alert_rule_matches(const char *rule_regex, const char *line)\n{\n    int err; PCRE2_SIZE off;\n    pcre2_code *re = pcre2_compile((PCRE2_SPTR)rule_regex, PCRE2_ZERO_TERMINATED, 0, &err, &off, NULL);\n    if (!re) return 0;\n    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);\n    int rc = pcre2_match(re, (PCRE2_SPTR)line, strlen(line), 0, 0, md, NULL);\n    pcre2_match_data_free(md);\n    pcre2_code_free(re);\n    return rc >= 0;\n}\n",
  "wave": 1
 },
 {
  "name": "redos-c-pcre2",
  "kind": "safe",
  "lang": "c",
  "cwe": 1333,
  "code": "#define PCRE2_CODE_UNIT_WIDTH 8\n#include <pcre2.h>\n#include <string.h>\n\n/* Check a log line against the alert rule regex that a tenant configured in the dashboard.\n * The match limits bound the backtracking a hostile pattern can cause. */\nint alert_rule_matches(const char *rule_regex, const char *line)\n{\n    int err; PCRE2_SIZE off;\n    pcre2_code *re = pcre2_compile((PCRE2_SPTR)rule_regex, PCRE2_ZERO_TERMINATED, 0, &err, &off, NULL);\n    if (!re) return 0;\n    pcre2_match_context *mc = pcre2_match_context_create(NULL);\n    pcre2_set_match_limit(mc, 10000);\n    pcre2_set_depth_limit(mc, 1000);\n    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);\n    int rc = pcre2_match(re, (PCRE2_SPTR)line, strlen(line), 0, 0, md, mc);\n    pcre2_match_data_free(md);\n    pcre2_match_context_free(mc);\n    pcre2_code_free(re);\n    return rc >= 0;\n}\n",
  "wave": 1
 },
 {
  "name": "alloc-c-malloc-size",
  "kind": "vuln",
  "lang": "c",
  "cwe": 789,
  "code": "#include <stdlib.h>\n#include <string.h>\n#include <unistd.h>\n\n/* Read a message whose length the peer announced in its 4-byte header. Caller frees. */\nchar *read_message(int fd, unsigned int announced_len)\n{\n    char *buf = malloc(announced_len + 1);\n    if (!buf) return NULL;\n    size_t got = 0;\n    while (got < announced_len) {\n        ssize_t r = read(fd, buf + got, announced_len - got);\n        if (r <= 0) { free(buf); return NULL; }\n        got += (size_t)r;\n    }\n    buf[got] = '\\0';\n    return buf;\n}\n",
  "wave": 1
 },
 {
  "name": "alloc-c-malloc-size",
  "kind": "safe",
  "lang": "c",
  "cwe": 789,
  "code": "#include <stdlib.h>\n#include <string.h>\n#include <unistd.h>\n\n#define MAX_MESSAGE (1u << 20)\n\n/* Read a message whose length the peer announced in its 4-byte header. Caller frees. */\nchar *read_message(int fd, unsigned int announced_len)\n{\n    if (announced_len > MAX_MESSAGE) return NULL;\n    char *buf = malloc(announced_len + 1);\n    if (!buf) return NULL;\n    size_t got = 0;\n    while (got < announced_len) {\n        ssize_t r = read(fd, buf + got, announced_len - got);\n        if (r <= 0) { free(buf); return NULL; }\n        got += (size_t)r;\n    }\n    buf[got] = '\\0';\n    return buf;\n}\n",
  "wave": 1
 },
 {
  "name": "redos-cpp-std-regex-user",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 1333,
  "code": "#include <regex>\n#include <string>\n#include <vector>\n\n// Return the lines of a document that match the pattern a user supplied in the search box.\nstd::vector<std::string> grepLines(const std::vector<std::string>& lines, const std::string& userPattern) {\n    std::regex re(userPattern);\n    std::vector<std::string> out;\n    for (const auto& l : lines)\n        if (std::regex_search(l, re)) out.push_back(l);\n    return out;\n}\n",
  "wave": 1
 },
 {
  "name": "redos-cpp-std-regex-user",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 1333,
  "code": "#include <string>\n#include <vector>\n\n// Return the lines of a document that contain the text a user supplied in the search box.\nstd::vector<std::string> grepLines(const std::vector<std::string>& lines, const std::string& userPattern) {\n    std::vector<std::string> out;\n    for (const auto& l : lines)\n        if (l.find(userPattern) != std::string::npos) out.push_back(l);\n    return out;\n}\n",
  "wave": 1
 },
 {
  "name": "redos-cpp-nested-quant",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 1333,
  "code": "#include <regex>\n#include <string>\n\n// Validate an e-mail address entered at registration.\nbool isValidEmail(const std::string& email) {\n    static const std::regex re(\"^([a-zA-Z0-9_.-]+)+@([a-zA-Z0-9-]+\\\\.)+[a-zA-Z]{2,}$\");\n    return std::regex_match(email, re);\n}\n",
  "wave": 1
 },
 {
  "name": "redos-cpp-nested-quant",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 1333,
  "code": "#include <regex>\n#include <string>\n\n// Validate an e-mail address entered at registration.\nbool isValidEmail(const std::string& email) {\n    if (email.size() > 254) return false;\n    static const std::regex re(\"^[a-zA-Z0-9_.-]+@[a-zA-Z0-9-]+(\\\\.[a-zA-Z0-9-]+)*\\\\.[a-zA-Z]{2,}$\");\n    return std::regex_match(email, re);\n}\n",
  "wave": 1
 },
 {
  "name": "redos-cpp-regex-concat",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 1333,
  "code": "#include <regex>\n#include <string>\n\n// True when the host the client asked for belongs to the tenant's custom domain (domain set by the tenant).\nbool hostMatchesTenant(const std::string& host, const std::string& tenantDomain) {\n    std::regex re(\"^(.+\\\\.)?\" + tenantDomain + \"$\", std::regex::icase);\n    return std::regex_match(host, re);\n}\n",
  "wave": 1
 },
 {
  "name": "redos-cpp-regex-concat",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 1333,
  "code": "#include <string>\n#include <algorithm>\n#include <cctype>\n\nstatic std::string lower(std::string s) {\n    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return (char)std::tolower(c); });\n    return s;\n}\n\n// True when the host the client asked for belongs to the tenant's custom domain (domain set by the tenant).\nbool hostMatchesTenant(const std::string& host, const std::string& tenantDomain) {\n    std::string h = lower(host), d = lower(tenantDomain);\n    if (h == d) return true;\n    return h.size() > d.size() + 1 && h.compare(h.size() - d.size(), d.size(), d) == 0\n        && h[h.size() - d.size() - 1] == '.';\n}\n",
  "wave": 1
 },
 {
  "name": "alloc-cpp-vector-reserve",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 789,
  "code": "#include <vector>\n#include <cstdint>\n#include <istream>\n\n// Parse a list of 32-bit ids from an upload: a count followed by that many ids.\nstd::vector<uint32_t> readIds(std::istream& in) {\n    uint32_t count = 0;\n    in.read(reinterpret_cast<char*>(&count), sizeof count);\n    std::vector<uint32_t> ids;\n    ids.reserve(count);\n    for (uint32_t i = 0; i < count; ++i) {\n        uint32_t v; in.read(reinterpret_cast<char*>(&v), sizeof v);\n        ids.push_back(v);\n    }\n    return ids;\n}\n",
  "wave": 1
 },
 {
  "name": "alloc-cpp-vector-reserve",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 789,
  "code": "#include <vector>\n#include <cstdint>\n#include <istream>\n\n// Parse a list of 32-bit ids from an upload: a count followed by that many ids.\nstd::vector<uint32_t> readIds(std::istream& in) {\n    uint32_t count = 0;\n    in.read(reinterpret_cast<char*>(&count), sizeof count);\n    if (!in || count > 100000) return {};\n    std::vector<uint32_t> ids;\n    ids.reserve(count);\n    for (uint32_t i = 0; i < count; ++i) {\n        uint32_t v; in.read(reinterpret_cast<char*>(&v), sizeof v);\n        ids.push_back(v);\n    }\n    return ids;\n}\n",
  "wave": 1
 },
 {
  "name": "valid-c-strstr-domain",
  "kind": "vuln",
  "lang": "c",
  "cwe": 20,
  "code": "#include <string.h>\n#include <stdbool.h>\n\n/* Decide whether a redirect target host supplied by the client is one of our own hosts. */\nbool is_trusted_host(const char *host)\n{\n    return strstr(host, \"example.com\") != NULL;\n}\n",
  "wave": 1
 },
 {
  "name": "valid-c-strstr-domain",
  "kind": "safe",
  "lang": "c",
  "cwe": 20,
  "code": "#include <string.h>\n#include <stdbool.h>\n#include <strings.h>\n\n/* Decide whether a redirect target host supplied by the client is one of our own hosts. */\nbool is_trusted_host(const char *host)\n{\n    size_t n = strlen(host), k = strlen(\"example.com\");\n    if (n == k) return strcasecmp(host, \"example.com\") == 0;\n    return n > k && host[n - k - 1] == '.' && strcasecmp(host + n - k, \"example.com\") == 0;\n}\n",
  "wave": 1
 },
 {
  "name": "valid-c-suffix-nodot",
  "kind": "vuln",
  "lang": "c",
  "cwe": 20,
  "code": "#include <string.h>\n#include <stdbool.h>\n\n/* Only allow callback hosts belonging to our partner domain; host comes from the registration form. */\nbool allowed_callback_host(const char *host)\n{\n    const char *suffix = \"partner.org\";\n    size_t hl = strlen(host), sl = strlen(suffix);\n    return hl >= sl && strcmp(host + hl - sl, suffix) == 0;\n}\n",
  "wave": 1
 },
 {
  "name": "valid-c-suffix-nodot",
  "kind": "safe",
  "lang": "c",
  "cwe": 20,
  "code": "#include <string.h>\n#include <stdbool.h>\n\n/* Only allow callback hosts belonging to our partner domain; host comes from the registration form. */\nbool allowed_callback_host(const char *host)\n{\n    const char *suffix = \".partner.org\";\n    size_t hl = strlen(host), sl = strlen(suffix);\n    if (strcmp(host, \"partner.org\") == 0) return true;\n    return hl > sl && strcmp(host + hl - sl, suffix) == 0;\n}\n",
  "wave": 1
 },
 {
  "name": "valid-c-url-prefix",
  "kind": "vuln",
  "lang": "c",
  "cwe": 20,
  "code": "#include <string.h>\n#include <stdbool.h>\n\n/* Validate the return_to URL passed by the client before we redirect to it. */\nbool is_safe_return_url(const char *url)\n{\n    return strncmp(url, \"https://app.example.com\", strlen(\"https://app.example.com\")) == 0;\n}\n",
  "wave": 1
 },
 {
  "name": "valid-c-url-prefix",
  "kind": "safe",
  "lang": "c",
  "cwe": 20,
  "code": "#include <string.h>\n#include <stdbool.h>\n\n/* Validate the return_to URL passed by the client before we redirect to it. */\nbool is_safe_return_url(const char *url)\n{\n    const char *base = \"https://app.example.com\";\n    size_t n = strlen(base);\n    return strncmp(url, base, n) == 0 && (url[n] == '\\0' || url[n] == '/');\n}\n",
  "wave": 1
 },
 {
  "name": "index-c-plan-table",
  "kind": "vuln",
  "lang": "c",
  "cwe": 129,
  "code": "#include <stdio.h>\n\nstatic const char *PLAN_NAMES[] = { \"free\", \"pro\", \"team\", \"enterprise\" };\n\n/* Return the plan name for the plan index the client sent in its request. */\nconst char *plan_name(int plan_index)\n{\n    return PLAN_NAMES[plan_index];\n}\n",
  "wave": 1
 },
 {
  "name": "index-c-plan-table",
  "kind": "safe",
  "lang": "c",
  "cwe": 129,
  "code": "#include <stdio.h>\n\nstatic const char *PLAN_NAMES[] = { \"free\", \"pro\", \"team\", \"enterprise\" };\n\n/* Return the plan name for the plan index the client sent in its request. */\nconst char *plan_name(int plan_index)\n{\n    if (plan_index < 0 || plan_index >= (int)(sizeof PLAN_NAMES / sizeof *PLAN_NAMES)) return NULL;\n    return PLAN_NAMES[plan_index];\n}\n",
  "wave": 1
 },
 {
  "name": "valid-cpp-find-domain",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 20,
  "code": "#include <string>\n\n// Accept an OAuth redirect_uri only when it points at one of our domains. uri comes from the client.\nbool isAllowedRedirect(const std::string& uri) {\n    return uri.find(\"myapp.io\") != std::string::npos;\n}\n",
  "wave": 1
 },
 {
  "name": "valid-cpp-find-domain",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 20,
  "code": "#include <string>\n#include <curl/curl.h>\n\n// Accept an OAuth redirect_uri only when it points at one of our domains. uri comes from the client.\nbool isAllowedRedirect(const std::string& uri) {\n    CURLU* u = curl_url();\n    char* host = nullptr;\n    bool ok = false;\n    if (curl_url_set(u, CURLUPART_URL, uri.c_str(), 0) == CURLUE_OK\n        && curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK) {\n        std::string h(host);\n        ok = h == \"myapp.io\" || (h.size() > 9 && h.compare(h.size() - 9, 9, \".myapp.io\") == 0);\n    }\n    curl_free(host);\n    curl_url_cleanup(u);\n    return ok;\n}\n",
  "wave": 1
 },
 {
  "name": "valid-cpp-endswith",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 20,
  "code": "#include <string>\n\nstatic bool endsWith(const std::string& s, const std::string& suf) {\n    return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;\n}\n\n// Check that the e-mail a user signs up with belongs to the company domain.\nbool isCompanyEmail(const std::string& email) {\n    return endsWith(email, \"acme.com\");\n}\n",
  "wave": 1
 },
 {
  "name": "valid-cpp-endswith",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 20,
  "code": "#include <string>\n\nstatic bool endsWith(const std::string& s, const std::string& suf) {\n    return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;\n}\n\n// Check that the e-mail a user signs up with belongs to the company domain.\nbool isCompanyEmail(const std::string& email) {\n    return email.find('@') != std::string::npos && email.find('\\n') == std::string::npos && endsWith(email, \"@acme.com\");\n}\n",
  "wave": 1
 },
 {
  "name": "index-cpp-seat-vector",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 129,
  "code": "#include <string>\n#include <vector>\n\n// Return the seat label for the seat number the customer picked in the booking form.\nstd::string seatLabel(const std::vector<std::string>& seats, int seatNo) {\n    return seats[seatNo - 1];\n}\n",
  "wave": 1
 },
 {
  "name": "index-cpp-seat-vector",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 129,
  "code": "#include <string>\n#include <vector>\n\n// Return the seat label for the seat number the customer picked in the booking form.\nstd::string seatLabel(const std::vector<std::string>& seats, int seatNo) {\n    if (seatNo < 1 || static_cast<size_t>(seatNo) > seats.size()) return \"\";\n    return seats[seatNo - 1];\n}\n",
  "wave": 1
 },
 {
  "name": "path-c-fopen-base",
  "kind": "vuln",
  "lang": "c",
  "cwe": 22,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n\n/* Read the attachment a user asked for from the uploads directory. filename: from the user. */\nchar *read_attachment(const char *filename, size_t *len)\n{\n    char path[4096];\n    snprintf(path, sizeof path, \"/srv/app/uploads/%s\", filename);\n    FILE *f = fopen(path, \"rb\");\n    if (!f) return NULL;\n    fseek(f, 0, SEEK_END);\n    long n = ftell(f);\n    rewind(f);\n    char *buf = malloc((size_t)n);\n    if (buf) *len = fread(buf, 1, (size_t)n, f);\n    fclose(f);\n    return buf;\n}\n",
  "wave": 1
 },
 {
  "name": "path-c-fopen-base",
  "kind": "safe",
  "lang": "c",
  "cwe": 22,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <limits.h>\n\n#define BASE \"/srv/app/uploads/\"\n\n/* Read the attachment a user asked for from the uploads directory. filename: from the user. */\nchar *read_attachment(const char *filename, size_t *len)\n{\n    char path[4096], real[PATH_MAX];\n    snprintf(path, sizeof path, BASE \"%s\", filename);\n    if (!realpath(path, real) || strncmp(real, BASE, strlen(BASE)) != 0) return NULL;\n    FILE *f = fopen(real, \"rb\");\n    if (!f) return NULL;\n    fseek(f, 0, SEEK_END);\n    long n = ftell(f);\n    rewind(f);\n    if (n < 0 || n > (1L << 24)) { fclose(f); return NULL; }\n    char *buf = malloc((size_t)n);\n    if (buf) *len = fread(buf, 1, (size_t)n, f);\n    fclose(f);\n    return buf;\n}\n",
  "wave": 1
 },
 {
  "name": "path-c-unlink",
  "kind": "vuln",
  "lang": "c",
  "cwe": 22,
  "code": "#include <stdio.h>\n#include <unistd.h>\n\n/* Delete one of the user's saved drafts. draft_name: the name shown in the UI and sent back by the client. */\nint delete_draft(const char *user_dir, const char *draft_name)\n{\n    char path[1024];\n    snprintf(path, sizeof path, \"%s/drafts/%s\", user_dir, draft_name);\n    return unlink(path);\n}\n",
  "wave": 1
 },
 {
  "name": "path-c-unlink",
  "kind": "safe",
  "lang": "c",
  "cwe": 22,
  "code": "#include <stdio.h>\n#include <string.h>\n#include <unistd.h>\n\n/* Delete one of the user's saved drafts. draft_name: the name shown in the UI and sent back by the client. */\nint delete_draft(const char *user_dir, const char *draft_name)\n{\n    if (draft_name[0] == '\\0' || strchr(draft_name, '/') || strstr(draft_name, \"..\")) return -1;\n    char path[1024];\n    snprintf(path, sizeof path, \"%s/drafts/%s\", user_dir, draft_name);\n    return unlink(path);\n}\n",
  "wave": 1
 },
 {
  "name": "path-c-open-write",
  "kind": "vuln",
  "lang": "c",
  "cwe": 22,
  "code": "#include <fcntl.h>\n#include <stdio.h>\n#include <string.h>\n#include <unistd.h>\n\n/* Save an uploaded avatar under /var/www/avatars using the file name the client sent. */\nint save_avatar(const char *client_filename, const void *data, size_t n)\n{\n    char path[512];\n    strcpy(path, \"/var/www/avatars/\");\n    strncat(path, client_filename, sizeof path - strlen(path) - 1);\n    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);\n    if (fd < 0) return -1;\n    ssize_t w = write(fd, data, n);\n    close(fd);\n    return w == (ssize_t)n ? 0 : -1;\n}\n",
  "wave": 1
 },
 {
  "name": "path-c-open-write",
  "kind": "safe",
  "lang": "c",
  "cwe": 22,
  "code": "#include <fcntl.h>\n#include <stdio.h>\n#include <string.h>\n#include <unistd.h>\n#include <libgen.h>\n\n/* Save an uploaded avatar under /var/www/avatars using the file name the client sent. */\nint save_avatar(const char *client_filename, const void *data, size_t n)\n{\n    char copy[256], path[512];\n    snprintf(copy, sizeof copy, \"%s\", client_filename);\n    const char *base = basename(copy);\n    if (strcmp(base, \".\") == 0 || strcmp(base, \"..\") == 0 || strcmp(base, \"/\") == 0) return -1;\n    strcpy(path, \"/var/www/avatars/\");\n    strncat(path, base, sizeof path - strlen(path) - 1);\n    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);\n    if (fd < 0) return -1;\n    ssize_t w = write(fd, data, n);\n    close(fd);\n    return w == (ssize_t)n ? 0 : -1;\n}\n",
  "wave": 1
 },
 {
  "name": "path-cpp-ifstream",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 22,
  "code": "#include <fstream>\n#include <sstream>\n#include <string>\n\n// Load a help article; articleName is the slug from the URL the user requested.\nstd::string loadArticle(const std::string& articleName) {\n    std::ifstream in(\"/opt/help/articles/\" + articleName + \".md\");\n    std::stringstream ss;\n    ss << in.rdbuf();\n    return ss.str();\n}\n",
  "wave": 1
 },
 {
  "name": "path-cpp-ifstream",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 22,
  "code": "#include <fstream>\n#include <sstream>\n#include <string>\n#include <regex>\n\n// Load a help article; articleName is the slug from the URL the user requested.\nstd::string loadArticle(const std::string& articleName) {\n    static const std::regex slug(\"^[a-z0-9-]{1,64}$\");\n    if (!std::regex_match(articleName, slug)) return \"\";\n    std::ifstream in(\"/opt/help/articles/\" + articleName + \".md\");\n    std::stringstream ss;\n    ss << in.rdbuf();\n    return ss.str();\n}\n",
  "wave": 1
 },
 {
  "name": "path-cpp-filesystem",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 22,
  "code": "#include <filesystem>\n#include <fstream>\n#include <string>\n\nnamespace fs = std::filesystem;\n\n// Write a report into the tenant's export directory; reportName is chosen by the tenant.\nbool writeReport(const fs::path& exportDir, const std::string& reportName, const std::string& csv) {\n    fs::path target = exportDir / reportName;\n    std::ofstream out(target);\n    out << csv;\n    return out.good();\n}\n",
  "wave": 1
 },
 {
  "name": "path-cpp-filesystem",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 22,
  "code": "#include <filesystem>\n#include <fstream>\n#include <string>\n\nnamespace fs = std::filesystem;\n\n// Write a report into the tenant's export directory; reportName is chosen by the tenant.\nbool writeReport(const fs::path& exportDir, const std::string& reportName, const std::string& csv) {\n    fs::path base = fs::weakly_canonical(exportDir);\n    fs::path target = fs::weakly_canonical(base / reportName);\n    auto rel = target.lexically_relative(base);\n    if (rel.empty() || *rel.begin() == \"..\") return false;\n    std::ofstream out(target);\n    out << csv;\n    return out.good();\n}\n",
  "wave": 1
 },
 {
  "name": "path-cpp-remove",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 22,
  "code": "#include <filesystem>\n#include <string>\n\n// Remove a cached thumbnail; key is the image key taken from the client's request.\nbool evictThumbnail(const std::string& key) {\n    std::filesystem::path p = std::filesystem::path(\"/var/cache/thumbs\") / (key + \".jpg\");\n    return std::filesystem::remove(p);\n}\n",
  "wave": 1
 },
 {
  "name": "path-cpp-remove",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 22,
  "code": "#include <filesystem>\n#include <string>\n#include <algorithm>\n#include <cctype>\n\n// Remove a cached thumbnail; key is the image key taken from the client's request.\nbool evictThumbnail(const std::string& key) {\n    if (key.empty() || !std::all_of(key.begin(), key.end(), [](unsigned char c) { return std::isalnum(c); }))\n        return false;\n    std::filesystem::path p = std::filesystem::path(\"/var/cache/thumbs\") / (key + \".jpg\");\n    return std::filesystem::remove(p);\n}\n",
  "wave": 1
 },
 {
  "name": "path-cpp-realpath-prefix",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 22,
  "code": "#include <climits>\n#include <cstdlib>\n#include <cstring>\n#include <fstream>\n#include <string>\n\n// Serve a static asset from the public directory; relPath is the path part of the request URL.\nstd::string readAsset(const std::string& relPath) {\n    std::string full = std::string(\"/srv/public/\") + relPath;\n    char resolved[PATH_MAX];\n    if (!realpath(full.c_str(), resolved)) return \"\";\n    if (std::strncmp(resolved, \"/srv/public\", 11) != 0) return \"\";\n    std::ifstream in(resolved, std::ios::binary);\n    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());\n}\n",
  "wave": 1
 },
 {
  "name": "path-cpp-realpath-prefix",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 22,
  "code": "#include <climits>\n#include <cstdlib>\n#include <cstring>\n#include <fstream>\n#include <string>\n\n// Serve a static asset from the public directory; relPath is the path part of the request URL.\nstd::string readAsset(const std::string& relPath) {\n    std::string full = std::string(\"/srv/public/\") + relPath;\n    char resolved[PATH_MAX];\n    if (!realpath(full.c_str(), resolved)) return \"\";\n    if (std::strncmp(resolved, \"/srv/public/\", 12) != 0) return \"\";\n    std::ifstream in(resolved, std::ios::binary);\n    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());\n}\n",
  "wave": 1
 },
 {
  "name": "hash-sodium-generichash-password",
  "kind": "vuln",
  "lang": "c",
  "cwe": 916,
  "code": "#include <sodium.h>\n#include <string.h>\n\n/* Compute the value stored in the users table for the password the user registered with. */\nint password_record(const char *password, unsigned char out[crypto_generichash_BYTES])\n{\n    return crypto_generichash(out, crypto_generichash_BYTES,\n                              (const unsigned char *)password, strlen(password), NULL, 0);\n}\n",
  "wave": 2
 },
 {
  "name": "hash-sodium-generichash-password",
  "kind": "safe",
  "lang": "c",
  "cwe": 916,
  "code": "#include <sodium.h>\n#include <string.h>\n\n/* Compute the value stored in the users table for the password the user registered with. */\nint password_record(const char *password, char out[crypto_pwhash_STRBYTES])\n{\n    return crypto_pwhash_str(out, password, strlen(password),\n                             crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);\n}\n",
  "wave": 2
 },
 {
  "name": "hash-cpp-sodium-sha256-pin",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 916,
  "code": "#include <sodium.h>\n#include <string>\n#include <array>\n\n// Hash the 6-digit PIN a customer sets for card payments before saving it.\nstd::array<unsigned char, crypto_hash_sha256_BYTES> hashPin(const std::string& pin) {\n    std::array<unsigned char, crypto_hash_sha256_BYTES> out{};\n    crypto_hash_sha256(out.data(), reinterpret_cast<const unsigned char*>(pin.data()), pin.size());\n    return out;\n}\n",
  "wave": 2
 },
 {
  "name": "hash-cpp-sodium-sha256-pin",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 916,
  "code": "#include <sodium.h>\n#include <string>\n#include <stdexcept>\n\n// Hash the 6-digit PIN a customer sets for card payments before saving it.\nstd::string hashPin(const std::string& pin) {\n    char out[crypto_pwhash_STRBYTES];\n    if (crypto_pwhash_str(out, pin.c_str(), pin.size(), crypto_pwhash_OPSLIMIT_SENSITIVE,\n                          crypto_pwhash_MEMLIMIT_SENSITIVE) != 0)\n        throw std::runtime_error(\"pwhash failed\");\n    return out;\n}\n",
  "wave": 2
 },
 {
  "name": "hash-evp-digest-oneshot-passphrase",
  "kind": "vuln",
  "lang": "c",
  "cwe": 916,
  "code": "#include <openssl/evp.h>\n#include <stdio.h>\n#include <string.h>\n\n/* Turn the passphrase an operator enters into the stored verifier: sha512(salt || passphrase). */\nint passphrase_verifier(const char *salt, const char *passphrase, unsigned char *md, unsigned int *mdlen)\n{\n    char buf[512];\n    snprintf(buf, sizeof buf, \"%s%s\", salt, passphrase);\n    return EVP_Digest(buf, strlen(buf), md, mdlen, EVP_sha512(), NULL);\n}\n",
  "wave": 2
 },
 {
  "name": "hash-evp-digest-oneshot-passphrase",
  "kind": "safe",
  "lang": "c",
  "cwe": 916,
  "code": "#include <openssl/evp.h>\n#include <openssl/kdf.h>\n#include <string.h>\n\n/* Turn the passphrase an operator enters into the stored verifier (scrypt, N=2^15, r=8, p=1). */\nint passphrase_verifier(const unsigned char *salt, size_t saltlen, const char *passphrase, unsigned char *md, size_t mdlen)\n{\n    return EVP_PBE_scrypt(passphrase, strlen(passphrase), salt, saltlen, 1 << 15, 8, 1, 64 * 1024 * 1024, md, mdlen);\n}\n",
  "wave": 2
 },
 {
  "name": "hash-sha256-init-password",
  "kind": "vuln",
  "lang": "c",
  "cwe": 916,
  "code": "#include <openssl/sha.h>\n#include <string.h>\n\n/* Hash the user's new password when they change it on the account page. */\nvoid hash_new_password(const char *username, const char *new_password, unsigned char md[SHA256_DIGEST_LENGTH])\n{\n    SHA256_CTX ctx;\n    SHA256_Init(&ctx);\n    SHA256_Update(&ctx, username, strlen(username));\n    SHA256_Update(&ctx, new_password, strlen(new_password));\n    SHA256_Final(md, &ctx);\n}\n",
  "wave": 2
 },
 {
  "name": "hash-sha256-init-password",
  "kind": "safe",
  "lang": "c",
  "cwe": 916,
  "code": "#include <openssl/evp.h>\n#include <openssl/rand.h>\n#include <string.h>\n\n/* Hash the user's new password when they change it on the account page. */\nint hash_new_password(const char *username, const char *new_password, unsigned char salt[16], unsigned char md[32])\n{\n    (void)username;\n    if (RAND_bytes(salt, 16) != 1) return -1;\n    return PKCS5_PBKDF2_HMAC(new_password, (int)strlen(new_password), salt, 16, 600000, EVP_sha256(), 32, md);\n}\n",
  "wave": 2
 },
 {
  "name": "hash-cpp-blowfish-backup",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 327,
  "code": "#include <openssl/evp.h>\n#include <vector>\n\n// Encrypt a nightly database backup with the backup key before uploading it to the bucket.\nstd::vector<unsigned char> encryptBackup(const std::vector<unsigned char>& data, const unsigned char* key, const unsigned char* iv) {\n    std::vector<unsigned char> out(data.size() + 16);\n    int n = 0, f = 0;\n    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();\n    EVP_EncryptInit_ex(ctx, EVP_bf_cbc(), nullptr, key, iv);\n    EVP_EncryptUpdate(ctx, out.data(), &n, data.data(), static_cast<int>(data.size()));\n    EVP_EncryptFinal_ex(ctx, out.data() + n, &f);\n    EVP_CIPHER_CTX_free(ctx);\n    out.resize(n + f);\n    return out;\n}\n",
  "wave": 2
 },
 {
  "name": "hash-cpp-blowfish-backup",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 327,
  "code": "#include <openssl/evp.h>\n#include <vector>\n\n// Encrypt a nightly database backup with the backup key before uploading it to the bucket.\nstd::vector<unsigned char> encryptBackup(const std::vector<unsigned char>& data, const unsigned char* key, const unsigned char* iv) {\n    std::vector<unsigned char> out(data.size() + 16);\n    int n = 0, f = 0;\n    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();\n    EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, key, iv);\n    EVP_EncryptUpdate(ctx, out.data(), &n, data.data(), static_cast<int>(data.size()));\n    EVP_EncryptFinal_ex(ctx, out.data() + n, &f);\n    EVP_CIPHER_CTX_free(ctx);\n    out.resize(n + f);\n    return out;\n}\n",
  "wave": 2
 },
 {
  "name": "hash-3des-token",
  "kind": "vuln",
  "lang": "c",
  "cwe": 327,
  "code": "#include <openssl/evp.h>\n#include <string.h>\n\n/* Encrypt the password-reset token embedded in the e-mail link. */\nint encrypt_reset_token(const unsigned char key[24], const unsigned char iv[8], const char *token, unsigned char *out)\n{\n    int n = 0, f = 0;\n    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();\n    EVP_EncryptInit_ex(ctx, EVP_des_ede3_cbc(), NULL, key, iv);\n    EVP_EncryptUpdate(ctx, out, &n, (const unsigned char *)token, (int)strlen(token));\n    EVP_EncryptFinal_ex(ctx, out + n, &f);\n    EVP_CIPHER_CTX_free(ctx);\n    return n + f;\n}\n",
  "wave": 2
 },
 {
  "name": "hash-3des-token",
  "kind": "safe",
  "lang": "c",
  "cwe": 327,
  "code": "#include <openssl/evp.h>\n#include <string.h>\n\n/* Encrypt the password-reset token embedded in the e-mail link. */\nint encrypt_reset_token(const unsigned char key[32], const unsigned char iv[16], const char *token, unsigned char *out)\n{\n    int n = 0, f = 0;\n    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();\n    EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, iv);\n    EVP_EncryptUpdate(ctx, out, &n, (const unsigned char *)token, (int)strlen(token));\n    EVP_EncryptFinal_ex(ctx, out + n, &f);\n    EVP_CIPHER_CTX_free(ctx);\n    return n + f;\n}\n",
  "wave": 2
 },
 {
  "name": "hash-cpp-rsa-pkcs1-padding",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 780,
  "code": "#include <openssl/rsa.h>\n#include <string>\n#include <vector>\n\n// Encrypt the session key for the client with its RSA public key.\nstd::vector<unsigned char> wrapSessionKey(RSA* clientKey, const std::vector<unsigned char>& sessionKey) {\n    std::vector<unsigned char> out(RSA_size(clientKey));\n    int n = RSA_public_encrypt(static_cast<int>(sessionKey.size()), sessionKey.data(), out.data(), clientKey, RSA_PKCS1_PADDING);\n    out.resize(n > 0 ? n : 0);\n    return out;\n}\n",
  "wave": 2
 },
 {
  "name": "hash-cpp-rsa-pkcs1-padding",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 780,
  "code": "#include <openssl/rsa.h>\n#include <string>\n#include <vector>\n\n// Encrypt the session key for the client with its RSA public key.\nstd::vector<unsigned char> wrapSessionKey(RSA* clientKey, const std::vector<unsigned char>& sessionKey) {\n    std::vector<unsigned char> out(RSA_size(clientKey));\n    int n = RSA_public_encrypt(static_cast<int>(sessionKey.size()), sessionKey.data(), out.data(), clientKey, RSA_PKCS1_OAEP_PADDING);\n    out.resize(n > 0 ? n : 0);\n    return out;\n}\n",
  "wave": 2
 },
 {
  "name": "hash-cpp-cryptopp-sha1-integrity",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 328,
  "code": "#include <cryptopp/sha.h>\n#include <cryptopp/files.h>\n#include <cryptopp/hex.h>\n#include <string>\n\n// Compute the checksum used to verify that a firmware image downloaded from the mirror was not tampered with.\nstd::string firmwareChecksum(const std::string& path) {\n    CryptoPP::SHA1 sha;\n    std::string digest;\n    CryptoPP::FileSource fs(path.c_str(), true,\n        new CryptoPP::HashFilter(sha, new CryptoPP::HexEncoder(new CryptoPP::StringSink(digest))));\n    return digest;\n}\n",
  "wave": 2
 },
 {
  "name": "hash-cpp-cryptopp-sha1-integrity",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 328,
  "code": "#include <cryptopp/sha.h>\n#include <cryptopp/files.h>\n#include <cryptopp/hex.h>\n#include <string>\n\n// Compute the checksum used to verify that a firmware image downloaded from the mirror was not tampered with.\nstd::string firmwareChecksum(const std::string& path) {\n    CryptoPP::SHA256 sha;\n    std::string digest;\n    CryptoPP::FileSource fs(path.c_str(), true,\n        new CryptoPP::HashFilter(sha, new CryptoPP::HexEncoder(new CryptoPP::StringSink(digest))));\n    return digest;\n}\n",
  "wave": 2
 },
 {
  "name": "hash-literal-iv",
  "kind": "vuln",
  "lang": "c",
  "cwe": 329,
  "code": "#include <openssl/evp.h>\n#include <string.h>\n\n/* Encrypt a customer's address with AES-256-CBC for the shipping export. */\nint encrypt_address(const unsigned char key[32], const char *address, unsigned char *out)\n{\n    int n = 0, f = 0;\n    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();\n    EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, (const unsigned char *)\"0123456789abcdef\");\n    EVP_EncryptUpdate(ctx, out, &n, (const unsigned char *)address, (int)strlen(address));\n    EVP_EncryptFinal_ex(ctx, out + n, &f);\n    EVP_CIPHER_CTX_free(ctx);\n    return n + f;\n}\n",
  "wave": 2
 },
 {
  "name": "hash-literal-iv",
  "kind": "safe",
  "lang": "c",
  "cwe": 329,
  "code": "#include <openssl/evp.h>\n#include <openssl/rand.h>\n#include <string.h>\n\n/* Encrypt a customer's address with AES-256-CBC for the shipping export; out = iv(16) || ciphertext. */\nint encrypt_address(const unsigned char key[32], const char *address, unsigned char *out)\n{\n    int n = 0, f = 0;\n    if (RAND_bytes(out, 16) != 1) return -1;\n    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();\n    EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, out);\n    EVP_EncryptUpdate(ctx, out + 16, &n, (const unsigned char *)address, (int)strlen(address));\n    EVP_EncryptFinal_ex(ctx, out + 16 + n, &f);\n    EVP_CIPHER_CTX_free(ctx);\n    return 16 + n + f;\n}\n",
  "wave": 2
 },
 {
  "name": "ssrf-curlu-image-proxy",
  "kind": "vuln",
  "lang": "c",
  "cwe": 918,
  "code": "#include <curl/curl.h>\n#include <stdio.h>\n\n/* Fetch an image for the proxy; image_url is the src attribute the page author supplied. */\nint proxy_image(const char *image_url, FILE *sink)\n{\n    CURLU *u = curl_url();\n    CURL *h = curl_easy_init();\n    curl_url_set(u, CURLUPART_URL, image_url, 0);\n    curl_easy_setopt(h, CURLOPT_CURLU, u);\n    curl_easy_setopt(h, CURLOPT_WRITEDATA, sink);\n    CURLcode rc = curl_easy_perform(h);\n    curl_easy_cleanup(h);\n    curl_url_cleanup(u);\n    return rc == CURLE_OK ? 0 : -1;\n}\n",
  "wave": 2
 },
 {
  "name": "ssrf-curlu-image-proxy",
  "kind": "safe",
  "lang": "c",
  "cwe": 918,
  "code": "#include <curl/curl.h>\n#include <stdio.h>\n#include <string.h>\n\n/* Fetch an image for the proxy; image_url is the src attribute the page author supplied. */\nint proxy_image(const char *image_url, FILE *sink)\n{\n    CURLU *u = curl_url();\n    char *host = NULL;\n    if (curl_url_set(u, CURLUPART_URL, image_url, 0) != CURLUE_OK\n        || curl_url_get(u, CURLUPART_HOST, &host, 0) != CURLUE_OK\n        || strcmp(host, \"images.example.com\") != 0) {\n        curl_free(host);\n        curl_url_cleanup(u);\n        return -1;\n    }\n    curl_free(host);\n    CURL *h = curl_easy_init();\n    curl_easy_setopt(h, CURLOPT_CURLU, u);\n    curl_easy_setopt(h, CURLOPT_WRITEDATA, sink);\n    CURLcode rc = curl_easy_perform(h);\n    curl_easy_cleanup(h);\n    curl_url_cleanup(u);\n    return rc == CURLE_OK ? 0 : -1;\n}\n",
  "wave": 2
 },
 {
  "name": "ssrf-cpp-cpr-get",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 918,
  "code": "#include <cpr/cpr.h>\n#include <string>\n\n// Preview the page behind a link that a user pasted into the chat: returns its HTML.\nstd::string fetchLinkPreview(const std::string& pastedUrl) {\n    cpr::Response r = cpr::Get(cpr::Url{pastedUrl}, cpr::Timeout{3000});\n    return r.status_code == 200 ? r.text : \"\";\n}\n",
  "wave": 2
 },
 {
  "name": "ssrf-cpp-cpr-get",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 918,
  "code": "#include <cpr/cpr.h>\n#include <string>\n#include <regex>\n\n// Preview the page behind a link that a user pasted into the chat: returns its HTML.\n// Only links to our own documentation site are previewed.\nstd::string fetchLinkPreview(const std::string& pastedUrl) {\n    static const std::regex allowed(\"^https://docs\\\\.example\\\\.com/[A-Za-z0-9/_-]*$\");\n    if (!std::regex_match(pastedUrl, allowed)) return \"\";\n    cpr::Response r = cpr::Get(cpr::Url{pastedUrl}, cpr::Timeout{3000});\n    return r.status_code == 200 ? r.text : \"\";\n}\n",
  "wave": 2
 },
 {
  "name": "ssrf-cpp-httplib-client",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 918,
  "code": "#include <httplib.h>\n#include <string>\n\n// Health-check the server that a customer registered for their integration. host comes from their settings form.\nbool pingIntegration(const std::string& host, int port) {\n    httplib::Client cli(host, port);\n    auto res = cli.Get(\"/health\");\n    return res && res->status == 200;\n}\n",
  "wave": 2
 },
 {
  "name": "ssrf-cpp-httplib-client",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 918,
  "code": "#include <httplib.h>\n#include <string>\n#include <set>\n\n// Health-check the server that a customer registered for their integration. host comes from their settings form.\nbool pingIntegration(const std::string& host, int port) {\n    static const std::set<std::string> known = {\"int1.partner.example\", \"int2.partner.example\"};\n    if (known.count(host) == 0) return false;\n    httplib::Client cli(host, port);\n    auto res = cli.Get(\"/health\");\n    return res && res->status == 200;\n}\n",
  "wave": 2
 },
 {
  "name": "ssrf-asprintf-metrics",
  "kind": "vuln",
  "lang": "c",
  "cwe": 918,
  "code": "#define _GNU_SOURCE\n#include <stdio.h>\n\n/* Build the metrics URL to request from a node; host is taken from the node's registration message. */\nchar *metrics_url(const char *host, int port)\n{\n    char *url = NULL;\n    if (asprintf(&url, \"http://%s:%d/metrics\", host, port) < 0) return NULL;\n    return url;\n}\n",
  "wave": 2
 },
 {
  "name": "ssrf-asprintf-metrics",
  "kind": "safe",
  "lang": "c",
  "cwe": 918,
  "code": "#define _GNU_SOURCE\n#include <stdio.h>\n#include <string.h>\n\nstatic const char *KNOWN_NODES[] = { \"node-a.cluster.local\", \"node-b.cluster.local\" };\n\n/* Build the metrics URL to request from a node; host is taken from the node's registration message. */\nchar *metrics_url(const char *host, int port)\n{\n    int ok = 0;\n    for (size_t i = 0; i < sizeof KNOWN_NODES / sizeof *KNOWN_NODES; i++)\n        if (strcmp(host, KNOWN_NODES[i]) == 0) ok = 1;\n    if (!ok) return NULL;\n    char *url = NULL;\n    if (asprintf(&url, \"http://%s:%d/metrics\", host, port) < 0) return NULL;\n    return url;\n}\n",
  "wave": 2
 },
 {
  "name": "xss-c-fprintf-report",
  "kind": "vuln",
  "lang": "c",
  "cwe": 79,
  "code": "#include <stdio.h>\n\nstruct ticket { int id; const char *title; const char *reporter; };\n\n/* Write the HTML table of support tickets (titles are typed by customers) to out. */\nvoid write_ticket_table(FILE *out, const struct ticket *t, size_t n)\n{\n    fputs(\"<table><tr><th>#</th><th>Title</th><th>Reporter</th></tr>\\n\", out);\n    for (size_t i = 0; i < n; i++)\n        fprintf(out, \"<tr><td>%d</td><td>%s</td><td>%s</td></tr>\\n\", t[i].id, t[i].title, t[i].reporter);\n    fputs(\"</table>\\n\", out);\n}\n",
  "wave": 2
 },
 {
  "name": "xss-c-fprintf-report",
  "kind": "safe",
  "lang": "c",
  "cwe": 79,
  "code": "#include <stdio.h>\n\nstruct ticket { int id; const char *title; const char *reporter; };\n\nstatic void put_html(FILE *out, const char *s)\n{\n    for (; *s; s++) {\n        switch (*s) {\n        case '&': fputs(\"&amp;\", out); break;\n        case '<': fputs(\"&lt;\", out); break;\n        case '>': fputs(\"&gt;\", out); break;\n        case '\"': fputs(\"&quot;\", out); break;\n        case '\\'': fputs(\"&#39;\", out); break;\n        default: fputc(*s, out);\n        }\n    }\n}\n\n/* Write the HTML table of support tickets (titles are typed by customers) to out. */\nvoid write_ticket_table(FILE *out, const struct ticket *t, size_t n)\n{\n    fputs(\"<table><tr><th>#</th><th>Title</th><th>Reporter</th></tr>\\n\", out);\n    for (size_t i = 0; i < n; i++) {\n        fprintf(out, \"<tr><td>%d</td><td>\", t[i].id);\n        put_html(out, t[i].title);\n        fputs(\"</td><td>\", out);\n        put_html(out, t[i].reporter);\n        fputs(\"</td></tr>\\n\", out);\n    }\n    fputs(\"</table>\\n\", out);\n}\n",
  "wave": 2
 },
 {
  "name": "xss-c-asprintf-alert",
  "kind": "vuln",
  "lang": "c",
  "cwe": 79,
  "code": "#define _GNU_SOURCE\n#include <stdio.h>\n\n/* Build the alert banner shown after a form is submitted; message echoes the field the user filled in. */\nchar *alert_banner(const char *message)\n{\n    char *html = NULL;\n    if (asprintf(&html, \"<div class=\\\"alert\\\">%s</div>\", message) < 0) return NULL;\n    return html;\n}\n",
  "wave": 2
 },
 {
  "name": "xss-c-asprintf-alert",
  "kind": "safe",
  "lang": "c",
  "cwe": 79,
  "code": "#define _GNU_SOURCE\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstatic char *html_escape_dup(const char *s)\n{\n    size_t n = strlen(s) * 6 + 1, o = 0;\n    char *r = malloc(n);\n    if (!r) return NULL;\n    for (; *s; s++) {\n        const char *e = NULL;\n        if (*s == '&') e = \"&amp;\"; else if (*s == '<') e = \"&lt;\"; else if (*s == '>') e = \"&gt;\";\n        else if (*s == '\"') e = \"&quot;\"; else if (*s == '\\'') e = \"&#39;\";\n        if (e) { memcpy(r + o, e, strlen(e)); o += strlen(e); } else r[o++] = *s;\n    }\n    r[o] = '\\0';\n    return r;\n}\n\n/* Build the alert banner shown after a form is submitted; message echoes the field the user filled in. */\nchar *alert_banner(const char *message)\n{\n    char *html = NULL, *safe = html_escape_dup(message);\n    if (!safe) return NULL;\n    int rc = asprintf(&html, \"<div class=\\\"alert\\\">%s</div>\", safe);\n    free(safe);\n    return rc < 0 ? NULL : html;\n}\n",
  "wave": 2
 },
 {
  "name": "xss-cpp-std-format",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 79,
  "code": "#include <format>\n#include <string>\n\n// Render one review for the product page; author and text are submitted by shoppers.\nstd::string renderReview(const std::string& author, const std::string& text, int stars) {\n    return std::format(\"<article class=\\\"review\\\"><h4>{}</h4><span>{} stars</span><p>{}</p></article>\",\n                       author, stars, text);\n}\n",
  "wave": 2
 },
 {
  "name": "xss-cpp-std-format",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 79,
  "code": "#include <format>\n#include <string>\n\nstatic std::string escapeHtml(const std::string& s) {\n    std::string o;\n    for (char c : s) {\n        switch (c) {\n            case '&': o += \"&amp;\"; break;\n            case '<': o += \"&lt;\"; break;\n            case '>': o += \"&gt;\"; break;\n            case '\"': o += \"&quot;\"; break;\n            case '\\'': o += \"&#39;\"; break;\n            default: o += c;\n        }\n    }\n    return o;\n}\n\n// Render one review for the product page; author and text are submitted by shoppers.\nstd::string renderReview(const std::string& author, const std::string& text, int stars) {\n    return std::format(\"<article class=\\\"review\\\"><h4>{}</h4><span>{} stars</span><p>{}</p></article>\",\n                       escapeHtml(author), stars, escapeHtml(text));\n}\n",
  "wave": 2
 },
 {
  "name": "xss-cpp-plus-assign",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 79,
  "code": "#include <string>\n\n// Link to a member's public page; username is chosen by the member at sign-up.\nstd::string memberLink(const std::string& username) {\n    std::string html;\n    html += \"<a class=\\\"member\\\" href=\\\"/u/\";\n    html += username;\n    html += \"\\\">@\";\n    html += username;\n    html += \"</a>\";\n    return html;\n}\n",
  "wave": 2
 },
 {
  "name": "xss-cpp-plus-assign",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 79,
  "code": "#include <string>\n#include <algorithm>\n#include <cctype>\n\n// Link to a member's public page; username is chosen by the member at sign-up.\nstd::string memberLink(const std::string& username) {\n    if (username.empty() || !std::all_of(username.begin(), username.end(), [](unsigned char c) { return std::isalnum(c) || c == '_'; }))\n        return \"\";\n    std::string html;\n    html += \"<a class=\\\"member\\\" href=\\\"/u/\";\n    html += username;\n    html += \"\\\">@\";\n    html += username;\n    html += \"</a>\";\n    return html;\n}\n",
  "wave": 2
 },
 {
  "name": "xss-c-gstring",
  "kind": "vuln",
  "lang": "c",
  "cwe": 79,
  "code": "#include <glib.h>\n\n/* Render the list of tags a user attached to a photo as HTML. */\ngchar *render_tags(const gchar *const *tags)\n{\n    GString *s = g_string_new(\"<ul class=\\\"tags\\\">\");\n    for (int i = 0; tags[i]; i++)\n        g_string_append_printf(s, \"<li>%s</li>\", tags[i]);\n    g_string_append(s, \"</ul>\");\n    return g_string_free(s, FALSE);\n}\n",
  "wave": 2
 },
 {
  "name": "xss-c-gstring",
  "kind": "safe",
  "lang": "c",
  "cwe": 79,
  "code": "#include <glib.h>\n\n/* Render the list of tags a user attached to a photo as HTML. */\ngchar *render_tags(const gchar *const *tags)\n{\n    GString *s = g_string_new(\"<ul class=\\\"tags\\\">\");\n    for (int i = 0; tags[i]; i++) {\n        gchar *esc = g_markup_escape_text(tags[i], -1);\n        g_string_append_printf(s, \"<li>%s</li>\", esc);\n        g_free(esc);\n    }\n    g_string_append(s, \"</ul>\");\n    return g_string_free(s, FALSE);\n}\n",
  "wave": 2
 },
 {
  "name": "log-c-vfprintf-wrapper",
  "kind": "vuln",
  "lang": "c",
  "cwe": 117,
  "code": "#include <stdio.h>\n#include <stdarg.h>\n\nstatic FILE *g_logfile;\n\nstatic void log_msg(const char *fmt, ...)\n{\n    va_list ap;\n    va_start(ap, fmt);\n    vfprintf(g_logfile ? g_logfile : stderr, fmt, ap);\n    va_end(ap);\n    fputc('\\n', g_logfile ? g_logfile : stderr);\n}\n\n/* Called when a user logs out; username is the name from the session the client presented. */\nvoid on_logout(const char *username)\n{\n    log_msg(\"user %s logged out\", username);\n}\n",
  "wave": 2
 },
 {
  "name": "log-c-vfprintf-wrapper",
  "kind": "safe",
  "lang": "c",
  "cwe": 117,
  "code": "#include <stdio.h>\n#include <stdarg.h>\n#include <ctype.h>\n\nstatic FILE *g_logfile;\n\nstatic void log_msg(const char *fmt, ...)\n{\n    va_list ap;\n    va_start(ap, fmt);\n    vfprintf(g_logfile ? g_logfile : stderr, fmt, ap);\n    va_end(ap);\n    fputc('\\n', g_logfile ? g_logfile : stderr);\n}\n\n/* Called when a user logs out; username is the name from the session the client presented. */\nvoid on_logout(const char *username)\n{\n    char clean[64];\n    size_t i = 0;\n    for (; username[i] && i < sizeof clean - 1; i++)\n        clean[i] = isprint((unsigned char)username[i]) ? username[i] : '?';\n    clean[i] = '\\0';\n    log_msg(\"user %s logged out\", clean);\n}\n",
  "wave": 2
 },
 {
  "name": "log-c-global-logfile",
  "kind": "vuln",
  "lang": "c",
  "cwe": 117,
  "code": "#include <stdio.h>\n\nFILE *g_logfile;\n\n/* Record the coupon code a shopper entered at checkout. */\nvoid record_coupon_attempt(const char *coupon, int accepted)\n{\n    fprintf(g_logfile, \"coupon %s accepted=%d\\n\", coupon, accepted);\n    fflush(g_logfile);\n}\n",
  "wave": 2
 },
 {
  "name": "log-c-global-logfile",
  "kind": "safe",
  "lang": "c",
  "cwe": 117,
  "code": "#include <stdio.h>\n#include <string.h>\n\nFILE *g_logfile;\n\n/* Record the coupon code a shopper entered at checkout. */\nvoid record_coupon_attempt(const char *coupon, int accepted)\n{\n    if (strcspn(coupon, \"\\r\\n\") != strlen(coupon)) coupon = \"<invalid>\";\n    fprintf(g_logfile, \"coupon %s accepted=%d\\n\", coupon, accepted);\n    fflush(g_logfile);\n}\n",
  "wave": 2
 },
 {
  "name": "log-cpp-boost-log",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 117,
  "code": "#include <boost/log/trivial.hpp>\n#include <string>\n\n// Log the file name an uploader sent with a multipart upload.\nvoid logUpload(const std::string& uploadName, std::size_t bytes) {\n    BOOST_LOG_TRIVIAL(info) << \"upload \" << uploadName << \" (\" << bytes << \" bytes)\";\n}\n",
  "wave": 2
 },
 {
  "name": "log-cpp-boost-log",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 117,
  "code": "#include <boost/log/trivial.hpp>\n#include <string>\n#include <algorithm>\n\n// Log the file name an uploader sent with a multipart upload.\nvoid logUpload(const std::string& uploadName, std::size_t bytes) {\n    std::string name = uploadName;\n    name.erase(std::remove_if(name.begin(), name.end(), [](char c) { return c == '\\r' || c == '\\n'; }), name.end());\n    BOOST_LOG_TRIVIAL(info) << \"upload \" << name << \" (\" << bytes << \" bytes)\";\n}\n",
  "wave": 2
 },
 {
  "name": "log-cpp-spdlog-logger",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 117,
  "code": "#include <spdlog/spdlog.h>\n#include <memory>\n#include <string>\n\n// Warn when a client exceeds its rate limit; apiKeyLabel is the label the client sent in its header.\nvoid warnRateLimited(const std::shared_ptr<spdlog::logger>& logger, const std::string& apiKeyLabel) {\n    logger->warn(\"rate limit exceeded for key label {}\", apiKeyLabel);\n}\n",
  "wave": 2
 },
 {
  "name": "log-cpp-spdlog-logger",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 117,
  "code": "#include <spdlog/spdlog.h>\n#include <memory>\n#include <string>\n\n// Warn when a client exceeds its rate limit; apiKeyLabel is the label the client sent in its header.\nvoid warnRateLimited(const std::shared_ptr<spdlog::logger>& logger, const std::string& apiKeyLabel) {\n    if (apiKeyLabel.find_first_of(\"\\r\\n\") != std::string::npos) {\n        logger->warn(\"rate limit exceeded for a key with an invalid label\");\n        return;\n    }\n    logger->warn(\"rate limit exceeded for key label {}\", apiKeyLabel);\n}\n",
  "wave": 2
 },
 {
  "name": "log-cpp-glog",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 117,
  "code": "#include <glog/logging.h>\n#include <string>\n\n// Record what a visitor searched for (the raw query string) for the analytics team.\nvoid recordSearch(const std::string& query) {\n    LOG(INFO) << \"search query: \" << query;\n}\n",
  "wave": 2
 },
 {
  "name": "log-cpp-glog",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 117,
  "code": "#include <glog/logging.h>\n#include <string>\n#include <iomanip>\n\n// Record what a visitor searched for (the raw query string) for the analytics team.\nvoid recordSearch(const std::string& query) {\n    std::string q = query;\n    for (auto& c : q) if (c == '\\n' || c == '\\r') c = ' ';\n    LOG(INFO) << \"search query: \" << q;\n}\n",
  "wave": 2
 },
 {
  "name": "log-c-journal",
  "kind": "vuln",
  "lang": "c",
  "cwe": 117,
  "code": "#include <systemd/sd-journal.h>\n\n/* Note a file that a user uploaded to their share. */\nvoid journal_upload(const char *share, const char *filename)\n{\n    sd_journal_print(LOG_INFO, \"share %s: uploaded %s\", share, filename);\n}\n",
  "wave": 2
 },
 {
  "name": "log-c-journal",
  "kind": "safe",
  "lang": "c",
  "cwe": 117,
  "code": "#include <systemd/sd-journal.h>\n\n/* Note a file that a user uploaded to their share (structured fields keep line breaks out of the message). */\nvoid journal_upload(const char *share, const char *filename)\n{\n    sd_journal_send(\"MESSAGE=file uploaded\", \"SHARE=%s\", share, \"UPLOAD_NAME=%s\", filename, NULL);\n}\n",
  "wave": 2
 },
 {
  "name": "header-c-mhd",
  "kind": "vuln",
  "lang": "c",
  "cwe": 113,
  "code": "#include <microhttpd.h>\n\n/* Queue a redirect to the URL the login form asked to continue to. */\nenum MHD_Result redirect_after_login(struct MHD_Connection *conn, const char *continue_to)\n{\n    struct MHD_Response *resp = MHD_create_response_from_buffer(0, \"\", MHD_RESPMEM_PERSISTENT);\n    MHD_add_response_header(resp, \"Location\", continue_to);\n    enum MHD_Result ret = MHD_queue_response(conn, MHD_HTTP_FOUND, resp);\n    MHD_destroy_response(resp);\n    return ret;\n}\n",
  "wave": 2
 },
 {
  "name": "header-c-mhd",
  "kind": "safe",
  "lang": "c",
  "cwe": 113,
  "code": "#include <microhttpd.h>\n#include <string.h>\n\n/* Queue a redirect to the URL the login form asked to continue to (a local path only). */\nenum MHD_Result redirect_after_login(struct MHD_Connection *conn, const char *continue_to)\n{\n    if (continue_to[0] != '/' || continue_to[1] == '/' || strpbrk(continue_to, \"\\r\\n\\\\\"))\n        continue_to = \"/\";\n    struct MHD_Response *resp = MHD_create_response_from_buffer(0, \"\", MHD_RESPMEM_PERSISTENT);\n    MHD_add_response_header(resp, \"Location\", continue_to);\n    enum MHD_Result ret = MHD_queue_response(conn, MHD_HTTP_FOUND, resp);\n    MHD_destroy_response(resp);\n    return ret;\n}\n",
  "wave": 2
 },
 {
  "name": "header-c-dprintf-cookie",
  "kind": "vuln",
  "lang": "c",
  "cwe": 113,
  "code": "#include <stdio.h>\n\n/* Write the Set-Cookie header remembering the display name the user entered. */\nvoid send_name_cookie(int fd, const char *display_name)\n{\n    dprintf(fd, \"Set-Cookie: display_name=%s; Path=/; HttpOnly\\r\\n\", display_name);\n}\n",
  "wave": 2
 },
 {
  "name": "header-c-dprintf-cookie",
  "kind": "safe",
  "lang": "c",
  "cwe": 113,
  "code": "#include <stdio.h>\n#include <ctype.h>\n\n/* Write the Set-Cookie header remembering the display name the user entered. */\nvoid send_name_cookie(int fd, const char *display_name)\n{\n    for (const char *p = display_name; *p; p++)\n        if (!isalnum((unsigned char)*p) && *p != '_' && *p != '-') return;\n    dprintf(fd, \"Set-Cookie: display_name=%s; Path=/; HttpOnly\\r\\n\", display_name);\n}\n",
  "wave": 2
 },
 {
  "name": "header-cpp-string-concat",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 113,
  "code": "#include <string>\n#include <sys/socket.h>\n\n// Send a redirect to the page given in the client's ?next= parameter.\nvoid sendRedirect(int sock, const std::string& next) {\n    std::string resp = \"HTTP/1.1 303 See Other\\r\\n\";\n    resp += \"Location: \" + next + \"\\r\\n\";\n    resp += \"Content-Length: 0\\r\\n\\r\\n\";\n    send(sock, resp.data(), resp.size(), 0);\n}\n",
  "wave": 2
 },
 {
  "name": "header-cpp-string-concat",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 113,
  "code": "#include <string>\n#include <sys/socket.h>\n\n// Send a redirect to the page given in the client's ?next= parameter.\nvoid sendRedirect(int sock, const std::string& next) {\n    std::string target = next;\n    if (target.empty() || target[0] != '/' || target.find_first_of(\"\\r\\n\") != std::string::npos) target = \"/\";\n    std::string resp = \"HTTP/1.1 303 See Other\\r\\n\";\n    resp += \"Location: \" + target + \"\\r\\n\";\n    resp += \"Content-Length: 0\\r\\n\\r\\n\";\n    send(sock, resp.data(), resp.size(), 0);\n}\n",
  "wave": 2
 },
 {
  "name": "header-cpp-drogon",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 113,
  "code": "#include <drogon/HttpResponse.h>\n#include <string>\n\n// Build the response for a profile export; displayName is set by the user in their profile.\ndrogon::HttpResponsePtr exportResponse(const std::string& csv, const std::string& displayName) {\n    auto resp = drogon::HttpResponse::newHttpResponse();\n    resp->setBody(csv);\n    resp->addHeader(\"Content-Disposition\", \"attachment; filename=\\\"\" + displayName + \".csv\\\"\");\n    return resp;\n}\n",
  "wave": 2
 },
 {
  "name": "header-cpp-drogon",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 113,
  "code": "#include <drogon/HttpResponse.h>\n#include <string>\n#include <cctype>\n\n// Build the response for a profile export; displayName is set by the user in their profile.\ndrogon::HttpResponsePtr exportResponse(const std::string& csv, const std::string& displayName) {\n    std::string file;\n    for (char c : displayName) if (std::isalnum(static_cast<unsigned char>(c))) file += c;\n    if (file.empty()) file = \"export\";\n    auto resp = drogon::HttpResponse::newHttpResponse();\n    resp->setBody(csv);\n    resp->addHeader(\"Content-Disposition\", \"attachment; filename=\\\"\" + file + \".csv\\\"\");\n    return resp;\n}\n",
  "wave": 2
 },
 {
  "name": "redos-c-regcomp-built",
  "kind": "vuln",
  "lang": "c",
  "cwe": 1333,
  "code": "#include <regex.h>\n#include <stdio.h>\n\n/* Return 1 when name matches the wildcard prefix a user typed in the file filter. */\nint matches_prefix(const char *user_prefix, const char *name)\n{\n    char pat[256];\n    regex_t re;\n    snprintf(pat, sizeof pat, \"^%s.*$\", user_prefix);\n    if (regcomp(&re, pat, REG_EXTENDED | REG_NOSUB) != 0) return 0;\n    int ok = regexec(&re, name, 0, NULL, 0) == 0;\n    regfree(&re);\n    return ok;\n}\n",
  "wave": 2
 },
 {
  "name": "redos-c-regcomp-built",
  "kind": "safe",
  "lang": "c",
  "cwe": 1333,
  "code": "#include <string.h>\n\n/* Return 1 when name starts with the prefix a user typed in the file filter. */\nint matches_prefix(const char *user_prefix, const char *name)\n{\n    return strncmp(name, user_prefix, strlen(user_prefix)) == 0;\n}\n",
  "wave": 2
 },
 {
  "name": "redos-cpp-boost-regex",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 1333,
  "code": "#include <boost/regex.hpp>\n#include <string>\n\n// Validate a value against the custom validation pattern a form designer (a customer) configured for a field.\nbool validateField(const std::string& value, const std::string& customerPattern) {\n    boost::regex re(customerPattern);\n    return boost::regex_match(value, re);\n}\n",
  "wave": 2
 },
 {
  "name": "redos-cpp-boost-regex",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 1333,
  "code": "#include <re2/re2.h>\n#include <string>\n\n// Validate a value against the custom validation pattern a form designer (a customer) configured for a field.\n// RE2 runs in linear time, so a hostile pattern cannot stall the server.\nbool validateField(const std::string& value, const std::string& customerPattern) {\n    RE2 re(customerPattern);\n    return re.ok() && RE2::FullMatch(value, re);\n}\n",
  "wave": 2
 },
 {
  "name": "redos-cpp-temp-regex",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 1333,
  "code": "#include <regex>\n#include <string>\n\n// Highlight check: does the message contain the keyword the user subscribed to?\nbool containsKeyword(const std::string& message, const std::string& keyword) {\n    return std::regex_search(message, std::regex(keyword, std::regex::icase));\n}\n",
  "wave": 2
 },
 {
  "name": "redos-cpp-temp-regex",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 1333,
  "code": "#include <string>\n#include <algorithm>\n#include <cctype>\n\n// Highlight check: does the message contain the keyword the user subscribed to?\nbool containsKeyword(const std::string& message, const std::string& keyword) {\n    auto it = std::search(message.begin(), message.end(), keyword.begin(), keyword.end(),\n        [](char a, char b) { return std::tolower((unsigned char)a) == std::tolower((unsigned char)b); });\n    return it != message.end();\n}\n",
  "wave": 2
 },
 {
  "name": "redos-c-pcre1",
  "kind": "vuln",
  "lang": "c",
  "cwe": 1333,
  "code": "#include <pcre.h>\n#include <string.h>\n\n/* Apply the routing filter an API client submitted to a message subject. */\nint route_matches(const char *client_filter, const char *subject)\n{\n    const char *err; int off;\n    pcre *re = pcre_compile(client_filter, 0, &err, &off, NULL);\n    if (!re) return 0;\n    int ov[30];\n    int rc = pcre_exec(re, NULL, subject, (int)strlen(subject), 0, 0, ov, 30);\n    pcre_free(re);\n    return rc >= 0;\n}\n",
  "wave": 2
 },
 {
  "name": "redos-c-pcre1",
  "kind": "safe",
  "lang": "c",
  "cwe": 1333,
  "code": "#include <string.h>\n#include <fnmatch.h>\n\n/* Apply the routing filter (a shell-style glob) an API client submitted to a message subject. */\nint route_matches(const char *client_filter, const char *subject)\n{\n    return fnmatch(client_filter, subject, 0) == 0;\n}\n",
  "wave": 2
 },
 {
  "name": "redos-cpp-catastrophic-input",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 1333,
  "code": "#include <regex>\n#include <string>\n\n// Check that a comment the user posted is a list of words (letters and single spaces).\nbool isWordList(const std::string& comment) {\n    static const std::regex words(\"^(\\\\w+\\\\s?)*$\");\n    return std::regex_match(comment, words);\n}\n",
  "wave": 2
 },
 {
  "name": "redos-cpp-catastrophic-input",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 1333,
  "code": "#include <regex>\n#include <string>\n\n// Check that a comment the user posted is a list of words (letters and single spaces).\nbool isWordList(const std::string& comment) {\n    if (comment.size() > 2000) return false;\n    static const std::regex words(\"^\\\\w+( \\\\w+)*$\");\n    return std::regex_match(comment, words);\n}\n",
  "wave": 2
 },
 {
  "name": "alloc-cpp-vector-ctor",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 789,
  "code": "#include <vector>\n#include <cstddef>\n#include <unistd.h>\n\n// Read a request body of the size given in the client's Content-Length header.\nstd::vector<char> readBody(int fd, std::size_t contentLength) {\n    std::vector<char> body(contentLength);\n    std::size_t got = 0;\n    while (got < contentLength) {\n        ssize_t r = read(fd, body.data() + got, contentLength - got);\n        if (r <= 0) break;\n        got += static_cast<std::size_t>(r);\n    }\n    body.resize(got);\n    return body;\n}\n",
  "wave": 2
 },
 {
  "name": "alloc-cpp-vector-ctor",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 789,
  "code": "#include <vector>\n#include <cstddef>\n#include <unistd.h>\n\nconstexpr std::size_t kMaxBody = 1 << 20;\n\n// Read a request body of the size given in the client's Content-Length header.\nstd::vector<char> readBody(int fd, std::size_t contentLength) {\n    if (contentLength > kMaxBody) return {};\n    std::vector<char> body(contentLength);\n    std::size_t got = 0;\n    while (got < contentLength) {\n        ssize_t r = read(fd, body.data() + got, contentLength - got);\n        if (r <= 0) break;\n        got += static_cast<std::size_t>(r);\n    }\n    body.resize(got);\n    return body;\n}\n",
  "wave": 2
 },
 {
  "name": "alloc-c-recv-count",
  "kind": "vuln",
  "lang": "c",
  "cwe": 789,
  "code": "#include <arpa/inet.h>\n#include <stdint.h>\n#include <stdlib.h>\n#include <sys/socket.h>\n\nstruct item { uint32_t id; uint32_t qty; };\n\n/* Receive an order: a 4-byte item count from the client, then the items. */\nstruct item *recv_order(int sock, uint32_t *count_out)\n{\n    uint32_t n_be;\n    if (recv(sock, &n_be, sizeof n_be, MSG_WAITALL) != sizeof n_be) return NULL;\n    uint32_t n = ntohl(n_be);\n    struct item *items = calloc(n, sizeof *items);\n    if (!items) return NULL;\n    if (recv(sock, items, n * sizeof *items, MSG_WAITALL) < 0) { free(items); return NULL; }\n    *count_out = n;\n    return items;\n}\n",
  "wave": 2
 },
 {
  "name": "alloc-c-recv-count",
  "kind": "safe",
  "lang": "c",
  "cwe": 789,
  "code": "#include <arpa/inet.h>\n#include <stdint.h>\n#include <stdlib.h>\n#include <sys/socket.h>\n\n#define MAX_ITEMS 1000\n\nstruct item { uint32_t id; uint32_t qty; };\n\n/* Receive an order: a 4-byte item count from the client, then the items. */\nstruct item *recv_order(int sock, uint32_t *count_out)\n{\n    uint32_t n_be;\n    if (recv(sock, &n_be, sizeof n_be, MSG_WAITALL) != sizeof n_be) return NULL;\n    uint32_t n = ntohl(n_be);\n    if (n == 0 || n > MAX_ITEMS) return NULL;\n    struct item *items = calloc(n, sizeof *items);\n    if (!items) return NULL;\n    if (recv(sock, items, n * sizeof *items, MSG_WAITALL) < 0) { free(items); return NULL; }\n    *count_out = n;\n    return items;\n}\n",
  "wave": 2
 },
 {
  "name": "valid-c-cors-origin",
  "kind": "vuln",
  "lang": "c",
  "cwe": 20,
  "code": "#include <string.h>\n#include <strings.h>\n\n/* Decide whether to echo the Origin header of a cross-site request in Access-Control-Allow-Origin. */\nint origin_allowed(const char *origin)\n{\n    return strncasecmp(origin, \"https://app.example.com\", strlen(\"https://app.example.com\")) == 0;\n}\n",
  "wave": 2
 },
 {
  "name": "valid-c-cors-origin",
  "kind": "safe",
  "lang": "c",
  "cwe": 20,
  "code": "#include <string.h>\n#include <strings.h>\n\n/* Decide whether to echo the Origin header of a cross-site request in Access-Control-Allow-Origin. */\nint origin_allowed(const char *origin)\n{\n    return strcasecmp(origin, \"https://app.example.com\") == 0;\n}\n",
  "wave": 2
 },
 {
  "name": "valid-cpp-ends-with20",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 20,
  "code": "#include <string>\n\n// Is the host of an incoming webhook callback one of our partner's hosts?\nbool isPartnerHost(const std::string& host) {\n    return host.ends_with(\"partner.net\");\n}\n",
  "wave": 2
 },
 {
  "name": "valid-cpp-ends-with20",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 20,
  "code": "#include <string>\n\n// Is the host of an incoming webhook callback one of our partner's hosts?\nbool isPartnerHost(const std::string& host) {\n    return host == \"partner.net\" || host.ends_with(\".partner.net\");\n}\n",
  "wave": 2
 },
 {
  "name": "valid-c-strstr-url",
  "kind": "vuln",
  "lang": "c",
  "cwe": 20,
  "code": "#include <string.h>\n#include <stdbool.h>\n\n/* Only follow the download link the user gave if it points at our trusted mirror. */\nbool is_trusted_download(const char *url)\n{\n    return strncmp(url, \"https://\", 8) == 0 && strstr(url, \"mirror.example.org\") != NULL;\n}\n",
  "wave": 2
 },
 {
  "name": "valid-c-strstr-url",
  "kind": "safe",
  "lang": "c",
  "cwe": 20,
  "code": "#include <string.h>\n#include <stdbool.h>\n\n/* Only follow the download link the user gave if it points at our trusted mirror. */\nbool is_trusted_download(const char *url)\n{\n    const char *base = \"https://mirror.example.org/\";\n    return strncmp(url, base, strlen(base)) == 0;\n}\n",
  "wave": 2
 },
 {
  "name": "index-c-month-name",
  "kind": "vuln",
  "lang": "c",
  "cwe": 129,
  "code": "#include <stddef.h>\n\nstatic const char *MONTHS[12] = { \"Jan\", \"Feb\", \"Mar\", \"Apr\", \"May\", \"Jun\",\n                                  \"Jul\", \"Aug\", \"Sep\", \"Oct\", \"Nov\", \"Dec\" };\n\n/* Month label for the month number (1-12) chosen in the report form. */\nconst char *month_label(int month)\n{\n    return MONTHS[month - 1];\n}\n",
  "wave": 2
 },
 {
  "name": "index-c-month-name",
  "kind": "safe",
  "lang": "c",
  "cwe": 129,
  "code": "#include <stddef.h>\n\nstatic const char *MONTHS[12] = { \"Jan\", \"Feb\", \"Mar\", \"Apr\", \"May\", \"Jun\",\n                                  \"Jul\", \"Aug\", \"Sep\", \"Oct\", \"Nov\", \"Dec\" };\n\n/* Month label for the month number (1-12) chosen in the report form. */\nconst char *month_label(int month)\n{\n    if (month < 1 || month > 12) return NULL;\n    return MONTHS[month - 1];\n}\n",
  "wave": 2
 },
 {
  "name": "index-cpp-std-array",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 129,
  "code": "#include <array>\n\n// Price in cents of the subscription tier the customer selected (0 = basic ... 3 = enterprise).\nint tierPrice(const std::array<int, 4>& prices, int tier) {\n    return prices[tier];\n}\n",
  "wave": 2
 },
 {
  "name": "index-cpp-std-array",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 129,
  "code": "#include <array>\n\n// Price in cents of the subscription tier the customer selected (0 = basic ... 3 = enterprise).\nint tierPrice(const std::array<int, 4>& prices, int tier) {\n    if (tier < 0 || tier >= static_cast<int>(prices.size())) return -1;\n    return prices[tier];\n}\n",
  "wave": 2
 },
 {
  "name": "path-c-openat",
  "kind": "vuln",
  "lang": "c",
  "cwe": 22,
  "code": "#include <fcntl.h>\n#include <unistd.h>\n\n/* Open one of the public documents for reading; docname is taken from the request path. */\nint open_document(int docs_dirfd, const char *docname)\n{\n    return openat(docs_dirfd, docname, O_RDONLY | O_CLOEXEC);\n}\n",
  "wave": 2
 },
 {
  "name": "path-c-openat",
  "kind": "safe",
  "lang": "c",
  "cwe": 22,
  "code": "#include <fcntl.h>\n#include <string.h>\n#include <unistd.h>\n\n/* Open one of the public documents for reading; docname is taken from the request path. */\nint open_document(int docs_dirfd, const char *docname)\n{\n    if (docname[0] == '\\0' || docname[0] == '.' || strchr(docname, '/') != NULL) return -1;\n    return openat(docs_dirfd, docname, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);\n}\n",
  "wave": 2
 },
 {
  "name": "path-c-rename-upload",
  "kind": "vuln",
  "lang": "c",
  "cwe": 22,
  "code": "#include <stdio.h>\n\n#define UPLOAD_DIR \"/var/lib/app/uploads\"\n\n/* Move a finished upload from its temporary file to its final name, chosen by the uploader. */\nint finish_upload(const char *tmp_path, const char *final_name)\n{\n    char dest[1024];\n    snprintf(dest, sizeof dest, \"%s/%s\", UPLOAD_DIR, final_name);\n    return rename(tmp_path, dest);\n}\n",
  "wave": 2
 },
 {
  "name": "path-c-rename-upload",
  "kind": "safe",
  "lang": "c",
  "cwe": 22,
  "code": "#include <stdio.h>\n#include <string.h>\n\n#define UPLOAD_DIR \"/var/lib/app/uploads\"\n\n/* Move a finished upload from its temporary file to its final name, chosen by the uploader. */\nint finish_upload(const char *tmp_path, const char *final_name)\n{\n    if (strspn(final_name, \"abcdefghijklmnopqrstuvwxyz0123456789_-.\") != strlen(final_name)\n        || final_name[0] == '.' || final_name[0] == '\\0')\n        return -1;\n    char dest[1024];\n    snprintf(dest, sizeof dest, \"%s/%s\", UPLOAD_DIR, final_name);\n    return rename(tmp_path, dest);\n}\n",
  "wave": 2
 },
 {
  "name": "path-cpp-copy-file",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 22,
  "code": "#include <filesystem>\n#include <string>\n\nnamespace fs = std::filesystem;\n\n// Publish a processed image into the site's media folder under the name the editor typed.\nvoid publishImage(const fs::path& processed, const std::string& publishName) {\n    fs::copy_file(processed, fs::path(\"/srv/site/media\") / publishName, fs::copy_options::overwrite_existing);\n}\n",
  "wave": 2
 },
 {
  "name": "path-cpp-copy-file",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 22,
  "code": "#include <filesystem>\n#include <string>\n\nnamespace fs = std::filesystem;\n\n// Publish a processed image into the site's media folder under the name the editor typed.\nvoid publishImage(const fs::path& processed, const std::string& publishName) {\n    fs::path name = fs::path(publishName).filename();\n    if (name.empty() || name != fs::path(publishName) || name == \".\" || name == \"..\") return;\n    fs::copy_file(processed, fs::path(\"/srv/site/media\") / name, fs::copy_options::overwrite_existing);\n}\n",
  "wave": 2
 },
 {
  "name": "path-cpp-ifstream-lang",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 22,
  "code": "#include <fstream>\n#include <string>\n\n// Load the translated messages for the language code from the visitor's Accept-Language header.\nstd::string loadMessages(const std::string& langCode) {\n    std::string file = \"/usr/share/app/i18n/\" + langCode + \"/messages.txt\";\n    std::ifstream in(file);\n    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());\n}\n",
  "wave": 2
 },
 {
  "name": "path-cpp-ifstream-lang",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 22,
  "code": "#include <fstream>\n#include <string>\n#include <set>\n\n// Load the translated messages for the language code from the visitor's Accept-Language header.\nstd::string loadMessages(const std::string& langCode) {\n    static const std::set<std::string> supported = {\"en\", \"de\", \"fr\", \"es\"};\n    const std::string code = supported.count(langCode) ? langCode : \"en\";\n    std::string file = \"/usr/share/app/i18n/\" + code + \"/messages.txt\";\n    std::ifstream in(file);\n    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());\n}\n",
  "wave": 2
 },
 {
  "name": "path-cpp-rfind-base",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 22,
  "code": "#include <climits>\n#include <cstdlib>\n#include <fstream>\n#include <string>\n\n// Read a file that a tenant asked for from their data directory.\nstd::string readTenantFile(const std::string& tenant, const std::string& relPath) {\n    const std::string base = \"/srv/data/\" + tenant;\n    char resolved[PATH_MAX];\n    if (!realpath((base + \"/\" + relPath).c_str(), resolved)) return \"\";\n    if (std::string(resolved).rfind(base, 0) != 0) return \"\";\n    std::ifstream in(resolved);\n    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());\n}\n",
  "wave": 2
 },
 {
  "name": "path-cpp-rfind-base",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 22,
  "code": "#include <climits>\n#include <cstdlib>\n#include <fstream>\n#include <string>\n\n// Read a file that a tenant asked for from their data directory.\nstd::string readTenantFile(const std::string& tenant, const std::string& relPath) {\n    if (tenant.find_first_of(\"/.\") != std::string::npos) return \"\";\n    const std::string base = \"/srv/data/\" + tenant + \"/\";\n    char resolved[PATH_MAX];\n    if (!realpath((base + relPath).c_str(), resolved)) return \"\";\n    if (std::string(resolved).rfind(base, 0) != 0) return \"\";\n    std::ifstream in(resolved);\n    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());\n}\n",
  "wave": 2
 },
 {
  "name": "hash-evp-md5-upload",
  "kind": "vuln",
  "lang": "c",
  "cwe": 328,
  "code": "#include <openssl/evp.h>\n#include <stdio.h>\n\n/* Compute the integrity digest recorded for a document a user uploads, used later to detect tampering. */\nint upload_digest(FILE *f, unsigned char *md, unsigned int *mdlen)\n{\n    unsigned char buf[8192];\n    size_t n;\n    EVP_MD_CTX *ctx = EVP_MD_CTX_new();\n    EVP_DigestInit_ex(ctx, EVP_md5(), NULL);\n    while ((n = fread(buf, 1, sizeof buf, f)) > 0)\n        EVP_DigestUpdate(ctx, buf, n);\n    EVP_DigestFinal_ex(ctx, md, mdlen);\n    EVP_MD_CTX_free(ctx);\n    return 0;\n}\n",
  "wave": 3
 },
 {
  "name": "hash-evp-md5-upload",
  "kind": "safe",
  "lang": "c",
  "cwe": 328,
  "code": "#include <openssl/evp.h>\n#include <stdio.h>\n\n/* Compute the integrity digest recorded for a document a user uploads, used later to detect tampering. */\nint upload_digest(FILE *f, unsigned char *md, unsigned int *mdlen)\n{\n    unsigned char buf[8192];\n    size_t n;\n    EVP_MD_CTX *ctx = EVP_MD_CTX_new();\n    EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);\n    while ((n = fread(buf, 1, sizeof buf, f)) > 0)\n        EVP_DigestUpdate(ctx, buf, n);\n    EVP_DigestFinal_ex(ctx, md, mdlen);\n    EVP_MD_CTX_free(ctx);\n    return 0;\n}\n",
  "wave": 3
 },
 {
  "name": "hash-cpp-cryptopp-pbkdf2-low",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 916,
  "code": "#include <cryptopp/pwdbased.h>\n#include <cryptopp/sha.h>\n#include <string>\n\n// Derive the key that protects a user's vault from the master password they type.\nvoid deriveVaultKey(const std::string& masterPassword, const std::string& salt, CryptoPP::byte key[32]) {\n    CryptoPP::PKCS5_PBKDF2_HMAC<CryptoPP::SHA256> kdf;\n    kdf.DeriveKey(key, 32, 0, reinterpret_cast<const CryptoPP::byte*>(masterPassword.data()), masterPassword.size(),\n                  reinterpret_cast<const CryptoPP::byte*>(salt.data()), salt.size(), 1000);\n}\n",
  "wave": 3
 },
 {
  "name": "hash-cpp-cryptopp-pbkdf2-low",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 916,
  "code": "#include <cryptopp/pwdbased.h>\n#include <cryptopp/sha.h>\n#include <string>\n\n// Derive the key that protects a user's vault from the master password they type.\nvoid deriveVaultKey(const std::string& masterPassword, const std::string& salt, CryptoPP::byte key[32]) {\n    CryptoPP::PKCS5_PBKDF2_HMAC<CryptoPP::SHA256> kdf;\n    kdf.DeriveKey(key, 32, 0, reinterpret_cast<const CryptoPP::byte*>(masterPassword.data()), masterPassword.size(),\n                  reinterpret_cast<const CryptoPP::byte*>(salt.data()), salt.size(), 600000);\n}\n",
  "wave": 3
 },
 {
  "name": "ssrf-c-forwarded-host",
  "kind": "vuln",
  "lang": "c",
  "cwe": 918,
  "code": "#include <curl/curl.h>\n#include <string.h>\n\n/* Re-validate a session against the auth service of the host named in the client's X-Forwarded-Host header. */\nint revalidate(const char *forwarded_host, const char *session_id)\n{\n    char url[512] = \"http://\";\n    strncat(url, forwarded_host, sizeof url - strlen(url) - 1);\n    strncat(url, \"/auth/session/\", sizeof url - strlen(url) - 1);\n    strncat(url, session_id, sizeof url - strlen(url) - 1);\n    CURL *c = curl_easy_init();\n    curl_easy_setopt(c, CURLOPT_URL, url);\n    CURLcode rc = curl_easy_perform(c);\n    curl_easy_cleanup(c);\n    return rc == CURLE_OK;\n}\n",
  "wave": 3
 },
 {
  "name": "ssrf-c-forwarded-host",
  "kind": "safe",
  "lang": "c",
  "cwe": 918,
  "code": "#include <curl/curl.h>\n#include <string.h>\n\n/* Re-validate a session against the auth service; the host is fixed, the session id must be hex. */\nint revalidate(const char *forwarded_host, const char *session_id)\n{\n    (void)forwarded_host;\n    if (strspn(session_id, \"0123456789abcdef\") != strlen(session_id)) return 0;\n    char url[512] = \"http://auth.internal/auth/session/\";\n    strncat(url, session_id, sizeof url - strlen(url) - 1);\n    CURL *c = curl_easy_init();\n    curl_easy_setopt(c, CURLOPT_URL, url);\n    CURLcode rc = curl_easy_perform(c);\n    curl_easy_cleanup(c);\n    return rc == CURLE_OK;\n}\n",
  "wave": 3
 },
 {
  "name": "ssrf-cpp-string-ctor-url",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 918,
  "code": "#include <string>\n\n// Returns the URL the backup agent will upload to; region and bucket come from the tenant's settings form.\nstd::string backupUploadUrl(const std::string& region, const std::string& bucket) {\n    return std::string(\"https://\") + bucket + \".s3.\" + region + \".amazonaws.com/backups/\";\n}\n",
  "wave": 3
 },
 {
  "name": "ssrf-cpp-string-ctor-url",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 918,
  "code": "#include <string>\n#include <regex>\n#include <stdexcept>\n\n// Returns the URL the backup agent will upload to; region and bucket come from the tenant's settings form.\nstd::string backupUploadUrl(const std::string& region, const std::string& bucket) {\n    static const std::regex kRegion(\"^[a-z]{2}-[a-z]+-[0-9]$\"), kBucket(\"^[a-z0-9][a-z0-9-]{2,62}$\");\n    if (!std::regex_match(region, kRegion) || !std::regex_match(bucket, kBucket))\n        throw std::invalid_argument(\"bad region or bucket\");\n    return std::string(\"https://\") + bucket + \".s3.\" + region + \".amazonaws.com/backups/\";\n}\n",
  "wave": 3
 },
 {
  "name": "xss-c-cgi-getenv",
  "kind": "vuln",
  "lang": "c",
  "cwe": 79,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n\n/* CGI search form: print the form again with the last query filled in. */\nint main(void)\n{\n    const char *qs = getenv(\"QUERY_STRING\");\n    printf(\"Content-Type: text/html\\r\\n\\r\\n\");\n    printf(\"<form action=\\\"/cgi-bin/search\\\"><input type=\\\"text\\\" name=\\\"q\\\" value=\\\"%s\\\"></form>\\n\", qs ? qs : \"\");\n    return 0;\n}\n",
  "wave": 3
 },
 {
  "name": "xss-c-cgi-getenv",
  "kind": "safe",
  "lang": "c",
  "cwe": 79,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n\nstatic void put_attr(const char *s)\n{\n    for (; *s; s++) {\n        if (*s == '&') fputs(\"&amp;\", stdout);\n        else if (*s == '<') fputs(\"&lt;\", stdout);\n        else if (*s == '>') fputs(\"&gt;\", stdout);\n        else if (*s == '\"') fputs(\"&quot;\", stdout);\n        else if (*s == '\\'') fputs(\"&#39;\", stdout);\n        else putchar(*s);\n    }\n}\n\n/* CGI search form: print the form again with the last query filled in. */\nint main(void)\n{\n    const char *qs = getenv(\"QUERY_STRING\");\n    printf(\"Content-Type: text/html\\r\\n\\r\\n\");\n    printf(\"<form action=\\\"/cgi-bin/search\\\"><input type=\\\"text\\\" name=\\\"q\\\" value=\\\"\");\n    put_attr(qs ? qs : \"\");\n    printf(\"\\\"></form>\\n\");\n    return 0;\n}\n",
  "wave": 3
 },
 {
  "name": "xss-cpp-stringstream-rows",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 79,
  "code": "#include <sstream>\n#include <string>\n#include <vector>\n\nstruct Submission { std::string name; std::string answer; };\n\n// Render the answers participants submitted to a poll as an HTML table.\nstd::string renderSubmissions(const std::vector<Submission>& rows) {\n    std::stringstream ss;\n    ss << \"<table>\";\n    for (const auto& row : rows)\n        ss << \"<tr><td>\" << row.name << \"</td><td>\" << row.answer << \"</td></tr>\";\n    ss << \"</table>\";\n    return ss.str();\n}\n",
  "wave": 3
 },
 {
  "name": "xss-cpp-stringstream-rows",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 79,
  "code": "#include <sstream>\n#include <string>\n#include <vector>\n\nstruct Submission { std::string name; std::string answer; };\n\nstatic std::string htmlEscape(const std::string& s) {\n    std::string o;\n    for (char c : s) {\n        if (c == '&') o += \"&amp;\"; else if (c == '<') o += \"&lt;\"; else if (c == '>') o += \"&gt;\";\n        else if (c == '\"') o += \"&quot;\"; else if (c == '\\'') o += \"&#39;\"; else o += c;\n    }\n    return o;\n}\n\n// Render the answers participants submitted to a poll as an HTML table.\nstd::string renderSubmissions(const std::vector<Submission>& rows) {\n    std::stringstream ss;\n    ss << \"<table>\";\n    for (const auto& row : rows)\n        ss << \"<tr><td>\" << htmlEscape(row.name) << \"</td><td>\" << htmlEscape(row.answer) << \"</td></tr>\";\n    ss << \"</table>\";\n    return ss.str();\n}\n",
  "wave": 3
 },
 {
  "name": "log-c-syslog-func",
  "kind": "vuln",
  "lang": "c",
  "cwe": 117,
  "code": "#include <syslog.h>\n\n/* Reject an API call whose bearer token the client sent is unknown. */\nint reject_token(const char *client_token)\n{\n    syslog(LOG_ERR, \"%s: unknown token %s\", __func__, client_token);\n    return 401;\n}\n",
  "wave": 3
 },
 {
  "name": "log-c-syslog-func",
  "kind": "safe",
  "lang": "c",
  "cwe": 117,
  "code": "#include <syslog.h>\n\n/* Reject an API call whose bearer token the client sent is unknown (the token itself is never logged). */\nint reject_token(const char *client_token)\n{\n    (void)client_token;\n    syslog(LOG_ERR, \"%s: unknown token\", __func__);\n    return 401;\n}\n",
  "wave": 3
 },
 {
  "name": "log-cpp-cout-audit",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 117,
  "code": "#include <iostream>\n#include <string>\n\n// Audit trail: a user changed their e-mail address (newEmail is what they typed).\nvoid auditEmailChange(const std::string& user, const std::string& newEmail) {\n    std::cout << \"[audit] \" << user << \" changed email to \" << newEmail << '\\n';\n}\n",
  "wave": 3
 },
 {
  "name": "log-cpp-cout-audit",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 117,
  "code": "#include <iostream>\n#include <string>\n\nstatic std::string noNewlines(const std::string& s) {\n    std::string o;\n    for (char c : s) o += (c == '\\r' || c == '\\n') ? ' ' : c;\n    return o;\n}\n\n// Audit trail: a user changed their e-mail address (newEmail is what they typed).\nvoid auditEmailChange(const std::string& user, const std::string& newEmail) {\n    std::cout << \"[audit] \" << noNewlines(user) << \" changed email to \" << noNewlines(newEmail) << '\\n';\n}\n",
  "wave": 3
 },
 {
  "name": "header-c-sprintf-disposition",
  "kind": "vuln",
  "lang": "c",
  "cwe": 113,
  "code": "#include <stdio.h>\n\n/* Format the download header for a file whose name the uploader chose. buf must hold 512 bytes. */\nvoid disposition_header(char *buf, const char *fname)\n{\n    snprintf(buf, 512, \"Content-Disposition: attachment; filename=\\\"%.400s\\\"\\r\\n\", fname);\n}\n",
  "wave": 3
 },
 {
  "name": "header-c-sprintf-disposition",
  "kind": "safe",
  "lang": "c",
  "cwe": 113,
  "code": "#include <stdio.h>\n#include <string.h>\n\n/* Format the download header for a file whose name the uploader chose. buf must hold 512 bytes. */\nvoid disposition_header(char *buf, const char *fname)\n{\n    if (strpbrk(fname, \"\\r\\n\\\"\")) fname = \"download\";\n    snprintf(buf, 512, \"Content-Disposition: attachment; filename=\\\"%.400s\\\"\\r\\n\", fname);\n}\n",
  "wave": 3
 },
 {
  "name": "header-cpp-crow-location",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 113,
  "code": "#include <crow.h>\n#include <string>\n\n// After login, send the browser to the page it asked for (the redirect_to form field).\ncrow::response afterLogin(const std::string& redirectTo) {\n    crow::response res(302);\n    res.headers[\"Location\"] = redirectTo;\n    return res;\n}\n",
  "wave": 3
 },
 {
  "name": "header-cpp-crow-location",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 113,
  "code": "#include <crow.h>\n#include <string>\n\n// After login, send the browser to the page it asked for (the redirect_to form field).\ncrow::response afterLogin(const std::string& redirectTo) {\n    crow::response res(302);\n    bool local = !redirectTo.empty() && redirectTo[0] == '/' && redirectTo.find_first_of(\"\\r\\n\\\\\") == std::string::npos\n                 && redirectTo.rfind(\"//\", 0) != 0;\n    res.headers[\"Location\"] = local ? redirectTo : \"/\";\n    return res;\n}\n",
  "wave": 3
 },
 {
  "name": "redos-c-api-filter",
  "kind": "vuln",
  "lang": "c",
  "cwe": 1333,
  "code": "#include <regex.h>\n#include <stddef.h>\n\n/* Count the records whose name matches the regex supplied in the API request's filter field. */\nsize_t count_matching(const char *filter_regex, const char *const *names, size_t n)\n{\n    regex_t re;\n    size_t hits = 0;\n    if (regcomp(&re, filter_regex, REG_EXTENDED | REG_NOSUB) != 0) return 0;\n    for (size_t i = 0; i < n; i++)\n        if (regexec(&re, names[i], 0, NULL, 0) == 0) hits++;\n    regfree(&re);\n    return hits;\n}\n",
  "wave": 3
 },
 {
  "name": "redos-c-api-filter",
  "kind": "safe",
  "lang": "c",
  "cwe": 1333,
  "code": "#include <string.h>\n#include <stddef.h>\n\n/* Count the records whose name contains the text supplied in the API request's filter field. */\nsize_t count_matching(const char *filter_text, const char *const *names, size_t n)\n{\n    size_t hits = 0;\n    for (size_t i = 0; i < n; i++)\n        if (strstr(names[i], filter_text) != NULL) hits++;\n    return hits;\n}\n",
  "wave": 3
 },
 {
  "name": "path-c-strcat-url",
  "kind": "vuln",
  "lang": "c",
  "cwe": 22,
  "code": "#include <stdio.h>\n#include <string.h>\n\n/* Stream a theme stylesheet; theme is the name taken from the URL the browser requested. */\nint send_theme_css(FILE *out, const char *theme)\n{\n    char path[256];\n    snprintf(path, sizeof path, \"/usr/share/app/themes/%s.css\", theme);\n    FILE *f = fopen(path, \"r\");\n    if (!f) return -1;\n    char buf[4096]; size_t n;\n    while ((n = fread(buf, 1, sizeof buf, f)) > 0) fwrite(buf, 1, n, out);\n    fclose(f);\n    return 0;\n}\n",
  "wave": 3
 },
 {
  "name": "path-c-strcat-url",
  "kind": "safe",
  "lang": "c",
  "cwe": 22,
  "code": "#include <stdio.h>\n#include <string.h>\n\n/* Stream a theme stylesheet; theme is the name taken from the URL the browser requested. */\nint send_theme_css(FILE *out, const char *theme)\n{\n    if (strcmp(theme, \"light\") != 0 && strcmp(theme, \"dark\") != 0) return -1;\n    char path[256];\n    snprintf(path, sizeof path, \"/usr/share/app/themes/%s.css\", theme);\n    FILE *f = fopen(path, \"r\");\n    if (!f) return -1;\n    char buf[4096]; size_t n;\n    while ((n = fread(buf, 1, sizeof buf, f)) > 0) fwrite(buf, 1, n, out);\n    fclose(f);\n    return 0;\n}\n",
  "wave": 3
 },
 {
  "name": "valid-cpp-find-zero-prefix",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 20,
  "code": "#include <string>\n\n// Accept the post-logout redirect only if it goes to our trusted site.\nbool isTrustedLogoutRedirect(const std::string& url) {\n    return url.find(\"https://trusted.example.com\") == 0;\n}\n",
  "wave": 3
 },
 {
  "name": "valid-cpp-find-zero-prefix",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 20,
  "code": "#include <string>\n\n// Accept the post-logout redirect only if it goes to our trusted site.\nbool isTrustedLogoutRedirect(const std::string& url) {\n    const std::string base = \"https://trusted.example.com/\";\n    return url == \"https://trusted.example.com\" || url.compare(0, base.size(), base) == 0;\n}\n",
  "wave": 3
 },
 {
  "name": "path-cpp-fs-exists-ifstream",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 22,
  "code": "#include <filesystem>\n#include <fstream>\n#include <sstream>\n#include <string>\n\n// Return the contents of a file from the shared folder; relPath is what the client asked for.\nstd::string readShared(const std::filesystem::path& root, const std::string& relPath) {\n    std::filesystem::path p = root / relPath;\n    if (!std::filesystem::exists(p)) return \"\";\n    std::ifstream f(p);\n    std::stringstream ss;\n    ss << f.rdbuf();\n    return ss.str();\n}\n",
  "wave": 3
 },
 {
  "name": "path-cpp-fs-exists-ifstream",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 22,
  "code": "#include <filesystem>\n#include <fstream>\n#include <sstream>\n#include <string>\n\n// Return the contents of a file from the shared folder; relPath is what the client asked for.\nstd::string readShared(const std::filesystem::path& root, const std::string& relPath) {\n    auto base = std::filesystem::weakly_canonical(root);\n    auto p = std::filesystem::weakly_canonical(base / relPath);\n    auto rel = p.lexically_relative(base);\n    if (rel.empty() || rel.native().rfind(\"..\", 0) == 0) return \"\";\n    std::ifstream f(p);\n    std::stringstream ss;\n    ss << f.rdbuf();\n    return ss.str();\n}\n",
  "wave": 3
 },
 {
  "name": "hash-c-md5-apikey",
  "kind": "vuln",
  "lang": "c",
  "cwe": 916,
  "code": "#include <openssl/md5.h>\n#include <string.h>\n\n/* Store an API key that a customer generated: we keep only md5(password-like secret). */\nvoid store_api_secret(const char *api_password, unsigned char out[MD5_DIGEST_LENGTH])\n{\n    MD5_CTX c;\n    MD5_Init(&c);\n    MD5_Update(&c, api_password, strlen(api_password));\n    MD5_Final(out, &c);\n}\n",
  "wave": 4
 },
 {
  "name": "hash-c-md5-apikey",
  "kind": "safe",
  "lang": "c",
  "cwe": 916,
  "code": "#include <sodium.h>\n#include <string.h>\n\n/* Store an API key that a customer generated: we keep only an Argon2id hash of the secret. */\nint store_api_secret(const char *api_password, char out[crypto_pwhash_STRBYTES])\n{\n    return crypto_pwhash_str(out, api_password, strlen(api_password),\n                             crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);\n}\n",
  "wave": 4
 },
 {
  "name": "ssrf-cpp-oembed",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 918,
  "code": "#include <curl/curl.h>\n#include <string>\n\n// Resolve the oEmbed data for a video link the user pasted into a post.\nlong oembedStatus(const std::string& videoHost, const std::string& videoId) {\n    std::string endpoint = \"https://\" + videoHost + \"/oembed?id=\" + videoId;\n    CURL* c = curl_easy_init();\n    curl_easy_setopt(c, CURLOPT_URL, endpoint.c_str());\n    curl_easy_perform(c);\n    long code = 0;\n    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);\n    curl_easy_cleanup(c);\n    return code;\n}\n",
  "wave": 4
 },
 {
  "name": "ssrf-cpp-oembed",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 918,
  "code": "#include <curl/curl.h>\n#include <string>\n#include <set>\n#include <regex>\n\n// Resolve the oEmbed data for a video link the user pasted into a post.\nlong oembedStatus(const std::string& videoHost, const std::string& videoId) {\n    static const std::set<std::string> providers = {\"www.youtube.com\", \"vimeo.com\"};\n    static const std::regex id(\"^[A-Za-z0-9_-]{1,32}$\");\n    if (!providers.count(videoHost) || !std::regex_match(videoId, id)) return 400;\n    std::string endpoint = \"https://\" + videoHost + \"/oembed?id=\" + videoId;\n    CURL* c = curl_easy_init();\n    curl_easy_setopt(c, CURLOPT_URL, endpoint.c_str());\n    curl_easy_perform(c);\n    long code = 0;\n    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);\n    curl_easy_cleanup(c);\n    return code;\n}\n",
  "wave": 4
 },
 {
  "name": "xss-c-email-body",
  "kind": "vuln",
  "lang": "c",
  "cwe": 79,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Build the HTML body of the \"new message\" notification e-mail; sender_name and preview were typed by the sender. */\nchar *notification_html(const char *sender_name, const char *preview)\n{\n    size_t n = strlen(sender_name) + strlen(preview) + 128;\n    char *body = malloc(n);\n    if (!body) return NULL;\n    snprintf(body, n, \"<p>You have a new message from <b>%s</b>:</p><blockquote>%s</blockquote>\", sender_name, preview);\n    return body;\n}\n",
  "wave": 4
 },
 {
  "name": "xss-c-email-body",
  "kind": "safe",
  "lang": "c",
  "cwe": 79,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstatic char *escape_html(const char *s)\n{\n    char *r = malloc(strlen(s) * 6 + 1), *o = r;\n    if (!r) return NULL;\n    for (; *s; s++) {\n        switch (*s) {\n        case '&': o += sprintf(o, \"&amp;\"); break;\n        case '<': o += sprintf(o, \"&lt;\"); break;\n        case '>': o += sprintf(o, \"&gt;\"); break;\n        case '\"': o += sprintf(o, \"&quot;\"); break;\n        case '\\'': o += sprintf(o, \"&#39;\"); break;\n        default: *o++ = *s;\n        }\n    }\n    *o = '\\0';\n    return r;\n}\n\n/* Build the HTML body of the \"new message\" notification e-mail; sender_name and preview were typed by the sender. */\nchar *notification_html(const char *sender_name, const char *preview)\n{\n    char *name = escape_html(sender_name), *text = escape_html(preview);\n    if (!name || !text) { free(name); free(text); return NULL; }\n    size_t n = strlen(name) + strlen(text) + 128;\n    char *body = malloc(n);\n    if (body) snprintf(body, n, \"<p>You have a new message from <b>%s</b>:</p><blockquote>%s</blockquote>\", name, text);\n    free(name); free(text);\n    return body;\n}\n",
  "wave": 4
 },
 {
  "name": "log-cpp-fmt-logger",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 117,
  "code": "#include <spdlog/spdlog.h>\n#include <string>\n\n// Record which shipping address label a buyer entered for an order.\nvoid logShippingLabel(const std::string& orderId, const std::string& label) {\n    auto log = spdlog::get(\"orders\");\n    log->info(\"order {} shipping label {}\", orderId, label);\n}\n",
  "wave": 4
 },
 {
  "name": "log-cpp-fmt-logger",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 117,
  "code": "#include <spdlog/spdlog.h>\n#include <string>\n#include <algorithm>\n\n// Record which shipping address label a buyer entered for an order.\nvoid logShippingLabel(const std::string& orderId, const std::string& label) {\n    std::string clean = label;\n    std::replace(clean.begin(), clean.end(), '\\n', ' ');\n    std::replace(clean.begin(), clean.end(), '\\r', ' ');\n    auto log = spdlog::get(\"orders\");\n    log->info(\"order {} shipping label {}\", orderId, clean);\n}\n",
  "wave": 4
 },
 {
  "name": "header-c-refresh",
  "kind": "vuln",
  "lang": "c",
  "cwe": 113,
  "code": "#include <stdio.h>\n\n/* Write the headers of the \"please wait\" page that reloads into the URL path the visitor asked for. */\nvoid wait_page_headers(FILE *out, const char *target_path)\n{\n    fprintf(out, \"Status: 200 OK\\r\\nRefresh: 3; url=/%s\\r\\nContent-Type: text/html\\r\\n\\r\\n\", target_path);\n}\n",
  "wave": 4
 },
 {
  "name": "header-c-refresh",
  "kind": "safe",
  "lang": "c",
  "cwe": 113,
  "code": "#include <stdio.h>\n#include <string.h>\n\n/* Write the headers of the \"please wait\" page that reloads into the URL path the visitor asked for. */\nvoid wait_page_headers(FILE *out, const char *target_path)\n{\n    if (strpbrk(target_path, \"\\r\\n\") != NULL) target_path = \"\";\n    fprintf(out, \"Status: 200 OK\\r\\nRefresh: 3; url=/%s\\r\\nContent-Type: text/html\\r\\n\\r\\n\", target_path);\n}\n",
  "wave": 4
 },
 {
  "name": "redos-cpp-wregex",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 1333,
  "code": "#include <regex>\n#include <string>\n\n// Find the first line of a document that matches the search expression the user entered.\nstd::wstring firstMatch(const std::wstring& doc, const std::wstring& userExpr) {\n    std::wregex re(userExpr);\n    std::wsmatch m;\n    return std::regex_search(doc, m, re) ? m.str() : L\"\";\n}\n",
  "wave": 4
 },
 {
  "name": "redos-cpp-wregex",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 1333,
  "code": "#include <string>\n\n// Find the first line of a document that contains the text the user entered.\nstd::wstring firstMatch(const std::wstring& doc, const std::wstring& userExpr) {\n    auto pos = doc.find(userExpr);\n    if (pos == std::wstring::npos) return L\"\";\n    auto start = doc.rfind(L'\\n', pos);\n    auto end = doc.find(L'\\n', pos);\n    start = start == std::wstring::npos ? 0 : start + 1;\n    return doc.substr(start, end == std::wstring::npos ? std::wstring::npos : end - start);\n}\n",
  "wave": 4
 },
 {
  "name": "valid-c-strcasestr-origin",
  "kind": "vuln",
  "lang": "c",
  "cwe": 20,
  "code": "#define _GNU_SOURCE\n#include <string.h>\n\n/* Allow cross-origin requests whose Origin header belongs to our domain. */\nint cors_origin_ok(const char *origin)\n{\n    return strcasestr(origin, \".example.net\") != NULL;\n}\n",
  "wave": 4
 },
 {
  "name": "valid-c-strcasestr-origin",
  "kind": "safe",
  "lang": "c",
  "cwe": 20,
  "code": "#include <string.h>\n#include <strings.h>\n\n/* Allow cross-origin requests whose Origin header belongs to our domain. */\nint cors_origin_ok(const char *origin)\n{\n    return strcasecmp(origin, \"https://example.net\") == 0 || strcasecmp(origin, \"https://www.example.net\") == 0;\n}\n",
  "wave": 4
 },
 {
  "name": "path-cpp-ofstream-append",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 22,
  "code": "#include <fstream>\n#include <string>\n\n// Append a note to the notebook file named by the user in the notes app.\nbool appendNote(const std::string& notebook, const std::string& text) {\n    std::ofstream out(\"/var/lib/notes/\" + notebook + \".txt\", std::ios::app);\n    out << text << '\\n';\n    return out.good();\n}\n",
  "wave": 4
 },
 {
  "name": "path-cpp-ofstream-append",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 22,
  "code": "#include <fstream>\n#include <string>\n#include <algorithm>\n#include <cctype>\n\n// Append a note to the notebook file named by the user in the notes app.\nbool appendNote(const std::string& notebook, const std::string& text) {\n    if (notebook.empty() || notebook.size() > 64 ||\n        !std::all_of(notebook.begin(), notebook.end(), [](unsigned char c) { return std::isalnum(c) || c == '-'; }))\n        return false;\n    std::ofstream out(\"/var/lib/notes/\" + notebook + \".txt\", std::ios::app);\n    out << text << '\\n';\n    return out.good();\n}\n",
  "wave": 4
 }
];

describeProbes('round 14 library-function probes (C, C++)', PROBES);
