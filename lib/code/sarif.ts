// SARIF 2.1.0 output of code findings (one run, one tool, the rules that fired).
import { loadCodeRules } from './rules.js';
import type { CodeFinding } from './analyze.js';
import { packageVersion } from '../util/paths.js';

const LEVEL = { low: 'note', medium: 'warning', high: 'error', critical: 'error' } as const;
const SCORE = { low: '3.0', medium: '5.5', high: '8.0', critical: '9.5' } as const;

/** A SARIF 2.1.0 log for findings per file (paths as given, made relative URIs when relative). */
export function toSarif(results: { file: string; findings: CodeFinding[] }[]): Record<string, unknown> {
  const { rules } = loadCodeRules();
  const used = [...new Set(results.flatMap((r) => r.findings.map((f) => f.ruleId)))].sort();
  const byId = new Map(rules.map((r) => [r.id, r]));
  const index = new Map(used.map((id, i) => [id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kala-code-check',
            informationUri: 'https://www.npmjs.com/package/@kala/engine',
            version: packageVersion(),
            rules: used.map((id) => {
              const r = byId.get(id)!;
              return {
                id,
                name: r.title.replace(/[^A-Za-z0-9]+/g, ' ').trim().replace(/ (\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
                shortDescription: { text: r.title },
                fullDescription: { text: r.explanation },
                help: { text: `${r.fix}\n${r.cwe}, OWASP ${r.owasp}, NIST ${r.nist}` },
                defaultConfiguration: { level: LEVEL[r.severity] },
                properties: { tags: ['security', r.cwe, r.owasp], 'security-severity': SCORE[r.severity], precision: r.confidence === 'high' ? 'high' : r.confidence === 'medium' ? 'medium' : 'low', cwe: r.cwe, owasp: r.owasp, nist: r.nist },
              };
            }),
          },
        },
        results: results.flatMap(({ file, findings }) =>
          findings.map((f) => ({
            ruleId: f.ruleId,
            ruleIndex: index.get(f.ruleId)!,
            level: LEVEL[f.severity],
            message: { text: `${f.message} Fix: ${f.fix}` },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: file.split('\\').join('/').split('/').map(encodeURIComponent).join('/') },
                  region: { startLine: f.line, startColumn: Math.max(1, f.column), endLine: f.endLine, endColumn: Math.max(1, f.endColumn), snippet: { text: f.snippet } },
                },
              },
            ],
            properties: { cwe: f.cwe, owasp: f.owasp, nist: f.nist, confidence: f.confidence, severity: f.severity },
          })),
        ),
      },
    ],
  };
}
