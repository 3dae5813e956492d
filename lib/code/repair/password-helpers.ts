// The two helpers a password-hash repair adds to the file, per language: one hashes a new
// password with scrypt (standard library, salted with OS randomness, memory-hard) and returns a
// PHC string that carries the salt and the parameters; the other recomputes the key from a
// stored string with its own salt and parameters and compares in constant time. A stored value
// that is not such a string (a legacy MD5 hex, garbage) is refused, never an error: old hashes
// need a migration, which the behaviour check exposes when the code compares against one.

export const PY_HASH_PASSWORD = 'kala_hash_password';
export const PY_VERIFY_PASSWORD = 'kala_verify_password';
export const JS_HASH_PASSWORD = 'kalaHashPassword';
export const JS_VERIFY_PASSWORD = 'kalaVerifyPassword';

export const PY_PASSWORD_HELPERS = `def ${PY_HASH_PASSWORD}(password):
    # scrypt with a random salt; '$scrypt$ln=14,r=8,p=1$<salt>$<key>' keeps salt and parameters
    import base64, hashlib, os
    if isinstance(password, str):
        password = password.encode('utf-8')
    salt = os.urandom(16)
    key = hashlib.scrypt(password, salt=salt, n=2 ** 14, r=8, p=1, dklen=32)
    return '$scrypt$ln=14,r=8,p=1$' + base64.b64encode(salt).decode('ascii') + '$' + base64.b64encode(key).decode('ascii')


def ${PY_VERIFY_PASSWORD}(password, stored):
    # the key recomputed with the stored salt and parameters, compared in constant time
    import base64, hashlib, hmac
    if isinstance(password, str):
        password = password.encode('utf-8')
    if isinstance(stored, bytes):
        stored = stored.decode('ascii', 'replace')
    try:
        _, alg, params, salt, key = str(stored).split('$')
        p = dict(kv.split('=', 1) for kv in params.split(','))
        ln, r, par = int(p['ln']), int(p['r']), int(p['p'])
        salt, key = base64.b64decode(salt), base64.b64decode(key)
    except (ValueError, KeyError, TypeError):
        return False
    if alg != 'scrypt' or not key or not 1 <= ln <= 20 or r * par > 64:
        return False
    return hmac.compare_digest(hashlib.scrypt(password, salt=salt, n=2 ** ln, r=r, p=par, dklen=len(key), maxmem=2 ** 28), key)
`;

export const JS_PASSWORD_HELPERS = `function ${JS_HASH_PASSWORD}(password) {
  // scrypt with a random salt; '$scrypt$ln=14,r=8,p=1$<salt>$<key>' keeps salt and parameters
  const crypto = require('crypto');
  const salt = crypto.randomBytes(16);
  const key = crypto.scryptSync(Buffer.isBuffer(password) ? password : String(password), salt, 32, { N: 2 ** 14, r: 8, p: 1 });
  return '$scrypt$ln=14,r=8,p=1$' + salt.toString('base64') + '$' + key.toString('base64');
}

function ${JS_VERIFY_PASSWORD}(password, stored) {
  // the key recomputed with the stored salt and parameters, compared in constant time
  const crypto = require('crypto');
  const m = /^\\$scrypt\\$ln=(\\d+),r=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/=]+)\\$([A-Za-z0-9+/=]+)$/.exec(String(stored));
  if (!m || Number(m[1]) < 1 || Number(m[1]) > 20 || Number(m[2]) * Number(m[3]) > 64) return false;
  const key = Buffer.from(m[5], 'base64');
  const candidate = crypto.scryptSync(Buffer.isBuffer(password) ? password : String(password), Buffer.from(m[4], 'base64'), key.length, { N: 2 ** Number(m[1]), r: Number(m[2]), p: Number(m[3]), maxmem: 2 ** 28 });
  return key.length > 0 && crypto.timingSafeEqual(candidate, key);
}
`;
