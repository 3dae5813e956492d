// Which handler serves a request: the OpenAI routes under /v1, plus GET /health.
// HEAD is GET without the body (node:http leaves the body out of a reply to HEAD).
// Unknown paths are 404 and known paths with the wrong method 405 with an Allow header, both as
// JSON errors.
import { ApiError } from './validation.js';

export type RouteName = 'models' | 'model' | 'chat' | 'completions' | 'moderations' | 'health';

const ROUTES: { path: RegExp; method: 'GET' | 'POST'; name: RouteName }[] = [
  { path: /^\/v1\/models\/?$/, method: 'GET', name: 'models' },
  { path: /^\/v1\/models\/(.+)$/, method: 'GET', name: 'model' },
  { path: /^\/v1\/chat\/completions\/?$/, method: 'POST', name: 'chat' },
  { path: /^\/v1\/completions\/?$/, method: 'POST', name: 'completions' },
  { path: /^\/v1\/moderations\/?$/, method: 'POST', name: 'moderations' },
  { path: /^\/health\/?$/, method: 'GET', name: 'health' },
];

export interface Route {
  name: RouteName;
  /** The path parameter (the model id of /v1/models/{id}). */
  param?: string;
}

/** The route for a method and URL, or a 404/405 ApiError. */
export function route(method: string | undefined, url: string | undefined): Route {
  let path: string;
  try {
    path = new URL(url ?? '/', 'http://x').pathname;
  } catch {
    throw new ApiError(404, 'invalid_request_error', 'unknown_url', `unknown URL ${String(url)}`);
  }
  const matches = ROUTES.filter((r) => r.path.test(path));
  if (matches.length === 0)
    throw new ApiError(404, 'invalid_request_error', 'unknown_url', `no route for ${method} ${path}; this server offers GET /v1/models, POST /v1/chat/completions, POST /v1/completions, POST /v1/moderations, GET /health`);
  const m = matches.find((r) => r.method === (method === 'HEAD' ? 'GET' : method));
  if (!m) {
    const allowed = [...new Set(matches.flatMap((r) => (r.method === 'GET' ? ['GET', 'HEAD'] : [r.method])))];
    throw new ApiError(405, 'invalid_request_error', 'method_not_allowed', `${path} takes ${allowed.join(' or ')}, not ${method}`).withHeaders({ allow: allowed.join(', ') });
  }
  let param = m.path.exec(path)?.[1];
  try {
    if (param !== undefined) param = decodeURIComponent(param);
  } catch {
    throw new ApiError(404, 'invalid_request_error', 'unknown_url', `the URL ${path} is not correctly encoded`);
  }
  return { name: m.name, ...(param !== undefined ? { param } : {}) };
}
