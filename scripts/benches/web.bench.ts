import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BatchSummary } from '@chartroom/domain';
import { patientsCsv, writeSampleBatch } from '@chartroom/samples';
import type { Page } from 'playwright-core';
import { launchChromium, signIn } from '../../test/support/browser.ts';
import { IsolatedChartroom } from '../../test/support/isolated-chartroom.ts';

const PASSWORD = 'bench-password-1234';

/**
 * What clerks and clinicians wait for, on the demo's data (the sample batch × `copies`): search
 * latency at the API (sequential, a signed-in clinician's session), and page loads in headless
 * Chromium, from navigation to the thing the person came for being on screen.
 */
export async function benchWeb(options: {
  copies: number;
  repeats: number;
}): Promise<Record<string, unknown>> {
  const chartroom = await new IsolatedChartroom().init();
  const up = await chartroom.chartroom('up');
  if (up.code !== 0) throw new Error(`chartroom up failed: ${up.stderr}`);
  const browser = await launchChromium();
  try {
    const sample = await writeSampleBatch(path.join(chartroom.stateDir, 'sample'));
    const batchDir = path.join(chartroom.stateDir, 'batch');
    await mkdir(batchDir);
    for (let copy = 1; copy <= options.copies; copy++) {
      for (const name of await readdir(sample.dir)) {
        await copyFile(path.join(sample.dir, name), path.join(batchDir, `c${copy}-${name}`));
      }
    }
    await writeFile(path.join(chartroom.stateDir, 'patients.csv'), patientsCsv(sample.patients));
    await chartroom.json('patients', 'import', path.join(chartroom.stateDir, 'patients.csv'));
    const summary = await chartroom.json<BatchSummary>(
      'drop',
      batchDir,
      '--station',
      'bench',
      '--wait',
      '--timeout',
      '3600',
    );
    await chartroom.json(
      'users',
      'add',
      'bench-clinician',
      '--role',
      'clinician',
      '--password',
      PASSWORD,
      '--cross-patient-search',
    );
    await chartroom.json('users', 'add', 'bench-clerk', '--role', 'clerk', '--password', PASSWORD);
    const base = chartroom.env.CHARTROOM_API_URL ?? '';

    // Search latency through the API, as the browser calls it.
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, base, 'bench-clinician', PASSWORD);
    const phrase = sample.phrases[0];
    const patientMrn = phrase?.patientMrn ?? '';
    const queries: { name: string; url: string }[] = [
      {
        name: 'phrase, within a patient',
        url: `/v1/search?q=${encodeURIComponent(phrase?.phrase ?? '')}&patient=${patientMrn}`,
      },
      { name: 'phrase, across patients', url: `/v1/search?q=${encodeURIComponent(phrase?.phrase ?? '')}` },
      { name: 'abbreviation (CHF), across patients', url: '/v1/search?q=CHF' },
      { name: 'OCR slip (warfarln), across patients', url: '/v1/search?q=warfarln' },
      {
        name: 'patient lookup by name',
        url: `/v1/patients?q=${encodeURIComponent(sample.patients[0]?.family ?? '')}`,
      },
      { name: 'patient timeline', url: `/v1/patients/${patientMrn}` },
    ];
    const search: Record<string, unknown>[] = [];
    for (const query of queries) {
      const times: number[] = [];
      for (let i = 0; i < options.repeats; i++) {
        const started = performance.now();
        const response = await page.request.get(`${base}${query.url}`);
        if (!response.ok()) throw new Error(`${query.url}: HTTP ${response.status()}`);
        await response.body();
        times.push(performance.now() - started);
      }
      search.push({ query: query.name, ...stats(times) });
    }

    // Page loads: navigation to the content a person came for.
    // The first copy's document holding the phrase, opened at the phrase's page.
    const withPhrase = summary.documents.find((doc) => doc.pages[0]?.file === `c1-${phrase?.file ?? ''}`);
    const documentId = withPhrase?.documentId ?? '';
    const phrasePage = (phrase?.pageIndex ?? 0) + 1;
    const clinicianPages = [
      { name: 'patient chart (timeline)', url: `/patients/${patientMrn}`, ready: 'timeline' },
      {
        name: 'document viewer at a page, terms highlighted',
        url: `/documents/${documentId}?page=${phrasePage}&q=${encodeURIComponent(phrase?.phrase ?? '')}`,
        // Until the search terms are boxed on the page image.
        ready: 'viewer-highlight',
      },
    ];
    const loads: Record<string, unknown>[] = [];
    for (const target of clinicianPages) loads.push(await timePageLoad(page, base, target, options.repeats));
    await context.close();

    const clerkContext = await browser.newContext();
    const clerkPage = await clerkContext.newPage();
    await signIn(clerkPage, base, 'bench-clerk', PASSWORD);
    const inReview = summary.documents.find((doc) => doc.status === 'review');
    loads.push(
      await timePageLoad(
        clerkPage,
        base,
        { name: 'review queue', url: '/review', ready: `review-row-${inReview?.documentId ?? ''}` },
        options.repeats,
      ),
    );
    loads.push(
      await timePageLoad(
        clerkPage,
        base,
        {
          name: 'review item (pages, candidates, identifiers boxed on the page)',
          url: `/review/${inReview?.documentId ?? ''}`,
          ready: 'review-highlight',
        },
        options.repeats,
      ),
    );
    await clerkContext.close();

    const apiLog = await readFile(path.join(chartroom.stateDir, 'logs', 'api.log'), 'utf8');
    return {
      scenario: `sample batch × ${options.copies}: ${summary.pages} pages, ${summary.documents.length} documents; ${options.repeats} runs each, one at a time`,
      searchLatencyMs: search,
      pageLoadMs: loads,
      apiErrors: apiLog.split('\n').filter((line) => line.includes('"level":50')).length,
    };
  } finally {
    await browser.close();
    await chartroom.stop();
  }
}

/** From navigation start until `ready` (a data-testid) is visible; the first load is reported apart (cold caches). */
async function timePageLoad(
  page: Page,
  base: string,
  target: { name: string; url: string; ready: string },
  repeats: number,
): Promise<Record<string, unknown>> {
  const times: number[] = [];
  for (let i = 0; i < repeats + 1; i++) {
    const started = performance.now();
    await page.goto(`${base}${target.url}`);
    await page.getByTestId(target.ready).first().waitFor({ state: 'visible', timeout: 30_000 });
    times.push(performance.now() - started);
  }
  const [first = 0, ...rest] = times;
  return { page: target.name, firstMs: Math.round(first), ...stats(rest) };
}

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return { runs: times.length, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: Math.round(sorted.at(-1) ?? 0) };
}
