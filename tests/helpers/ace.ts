/**
 * DAISY Ace (`@daisy/ace-cli` 1.4.6, https://daisy.github.io/ace/), the EPUB accessibility
 * checker, run for real on a built EPUB. It drives puppeteer, pointed at Debian's Chromium (no
 * browser download: .puppeteerrc.cjs); it already passes `--no-sandbox`. About 5–8 s a book on a
 * quiet machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { projectRoot } from '../../scripts/resources.ts';

export interface AceViolation {
  document: string;
  impact: string;
  rule: string;
  title: string;
}

const aceCli = join(dirname(createRequire(join(projectRoot, 'package.json')).resolve('@daisy/ace-cli/package.json')), 'bin/ace.js');

export function ace(epubPath: string): { outcome: string; violations: AceViolation[] } {
  const out = mkdtempSync(join(tmpdir(), 'triptych-ace-'));
  const run = spawnSync(process.execPath, [aceCli, '--force', '--outdir', out, epubPath], {
    env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: '/usr/bin/chromium' },
    encoding: 'utf8',
  });
  let report: AceReport;
  try {
    report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as AceReport;
  } catch {
    throw new Error(`Ace wrote no report for ${epubPath} (exit ${run.status}):\n${run.stdout}${run.stderr}`);
  }
  const violations = report.assertions.flatMap((document) =>
    document.assertions
      .filter((assertion) => assertion['earl:result']['earl:outcome'] === 'fail')
      .map((assertion) => ({
        document: document['earl:testSubject'].url,
        impact: assertion['earl:test']['earl:impact'],
        rule: assertion['earl:test']['dct:title'],
        title: assertion['earl:test']['dct:description'] ?? '',
      })),
  );
  return { outcome: report['earl:result']['earl:outcome'], violations };
}

interface AceReport {
  'earl:result': { 'earl:outcome': string };
  assertions: Array<{
    'earl:testSubject': { url: string };
    assertions: Array<{ 'earl:result': { 'earl:outcome': string }; 'earl:test': { 'earl:impact': string; 'dct:title': string; 'dct:description'?: string } }>;
  }>;
}
