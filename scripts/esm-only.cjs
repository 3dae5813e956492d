// What require('@kala/engine') gets: the package is ESM only (package.json "exports").
'use strict';
const e = new Error("@kala/engine is an ES module and cannot be loaded with require(): use `import { KalaModel } from '@kala/engine'`, or `const { KalaModel } = await import('@kala/engine')` from CommonJS");
e.code = 'ERR_REQUIRE_ESM';
throw e;
