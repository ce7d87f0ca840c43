/**
 * The import page in Chromium: paste the seed's narrative, see the report and
 * the preview, download the JSON (which validates); a PDF without text gives
 * its message and the page stays usable; axe reports nothing. The PDF path
 * runs pdf.js in the browser with its worker.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/index.js';
import { mountImportPage } from '../../stories/import/import-page.js';
import { parseDisclosure } from '../../components/core/disclosure/index.js';
import { upgradeEmbeds } from '../../components/embed.js';

const WORKER = '/node_modules/pdfjs-dist/build/pdf.worker.min.mjs';

function scanLikePdf(): Uint8Array<ArrayBuffer> {
  const content = 'q 0 0 1 rg 10 10 100 100 re f Q';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

describe('import page', () => {
  it('imports pasted narrative text: report, preview, a JSON that validates, the embed snippet', async () => {
    const root = await fixture<HTMLElement>(html`<main></main>`);
    const run = mountImportPage(root, { lang: 'en', workerSrc: WORKER, bundleUrl: '/dist/disclosure-elements.js' });
    const text = await (await fetch('/test/fixtures/seed-2022-narrative.txt')).text();
    // The drop zone is a label of the file input: a click on it opens the chooser; the input is named by both.
    const fileInput = root.querySelector<HTMLInputElement>('#import-file')!;
    let chooser = 0;
    const count = (event: Event) => {
      chooser++;
      event.preventDefault();
    };
    fileInput.addEventListener('click', count);
    root.querySelector<HTMLElement>('.drop-zone')!.click();
    fileInput.removeEventListener('click', count);
    expect(chooser).to.equal(1);
    expect([...fileInput.labels!].map((label) => label.textContent)).to.deep.equal(['Choose a file', 'or drop a file here']);
    const result = await run(text);
    expect(result).to.not.equal(undefined);
    expect(root.querySelector('[role="status"]')!.textContent).to.match(/^Imported \d+ figures, 0 cross-check warnings\.$/);
    const caption = root.querySelector('caption')!;
    expect(caption.textContent).to.equal('Where each figure came from');
    const incomeRow = [...root.querySelectorAll('tbody tr')].find((row) => row.querySelector('th')!.textContent === 'accountSummary.incomeTotal')!;
    expect(incomeRow.querySelectorAll('td')[0]!.textContent).to.equal('933.74');
    expect(incomeRow.querySelectorAll('td')[1]!.textContent).to.contain('收入总计为933.74万元');
    // Preview: the elements render the imported data.
    const summary = root.querySelector('account-summary') as HTMLElement & { updateComplete: Promise<unknown> };
    await summary.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(summary.shadowRoot!.textContent).to.contain('933.74');
    // Download: the link's JSON validates.
    const link = root.querySelector<HTMLAnchorElement>('a[download]')!;
    expect(link.getAttribute('download')).to.equal('disclosure.json');
    const downloaded = await (await fetch(link.href)).text();
    expect(parseDisclosure(downloaded).disclosure.fiscalYear).to.equal(2022);
    // The snippet is the div form with the data in it (README, "For CMS editors"): one div to paste, no file to
    // upload, in the page's language. Pasted into a page with the bundle, it shows the whole disclosure.
    expect(document.activeElement).to.equal(root.querySelector('#import-embed-heading'));
    const snippet = root.querySelector<HTMLTextAreaElement>('#import-embed')!.value;
    expect(snippet).to.match(/^<div data-disclosure-element="disclosure-report" lang="en">\{.*\}<\/div>$/);
    expect(snippet).to.not.contain('<script');
    expect(root.querySelector<HTMLInputElement>('#import-script')!.value).to.equal('<script type="module" src="/dist/disclosure-elements.js"></script>');
    const page = await fixture<HTMLElement>(html`<div></div>`);
    page.innerHTML = snippet;
    upgradeEmbeds(page);
    const report = page.querySelector('disclosure-report') as HTMLElement & { updateComplete: Promise<unknown>; state: string };
    expect(report.getAttribute('lang')).to.equal('en');
    await waitUntil(() => report.state === 'ready', 'the pasted report renders', { timeout: 5000 });
    const sections = [...report.shadowRoot!.querySelectorAll('*')].filter((node) => node.shadowRoot);
    expect(sections.map((node) => node.shadowRoot!.textContent).join(' ')).to.contain('933.74');
    // Copying says so in its own status: the import's summary stays.
    root.querySelector<HTMLButtonElement>('#import-embed ~ button')!.click();
    await waitUntil(() => root.querySelector('.copy-status')!.textContent !== '', 'the copy status', { timeout: 2000 });
    expect(root.querySelector('.import-status')!.textContent).to.match(/^Imported \d+ figures/);
    await expect(root).to.be.accessible();
  });

  it('starts pdf.js and its worker once, before the first PDF, and keeps the worker for the next', async () => {
    // The real Worker, counted: pdf.js starts one per document unless it is given one.
    const RealWorker = window.Worker;
    let started = 0;
    window.Worker = class extends RealWorker {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        started++;
      }
    };
    try {
      const { preparePdfReader } = await import('../../components/import/index.js');
      await preparePdfReader({ workerSrc: WORKER });
      const root = await fixture<HTMLElement>(html`<main></main>`);
      const run = mountImportPage(root, { workerSrc: WORKER });
      const startedBefore = started;
      for (const name of ['first.pdf', 'second.pdf']) {
        expect(await run(new File([scanLikePdf()], name, { type: 'application/pdf' }))).to.equal(undefined);
        expect(root.querySelector('[role="status"]')!.textContent).to.match(/^无法导入：PDF 共 1 页，但没有文字层/);
      }
      expect(started - startedBefore, 'no worker started for the two PDFs').to.equal(0);
      expect(started).to.be.at.most(1);
    } finally {
      window.Worker = RealWorker;
    }
  });

  it('a PDF without text says so (zh-CN) and the page stays usable', async () => {
    const root = await fixture<HTMLElement>(html`<main></main>`);
    const run = mountImportPage(root, { workerSrc: WORKER });
    const file = new File([scanLikePdf()], 'scan.pdf', { type: 'application/pdf' });
    expect(await run(file)).to.equal(undefined);
    expect(root.querySelector('[role="status"]')!.textContent).to.match(/^无法导入：PDF 共 1 页，但没有文字层/);
    expect(root.querySelector<HTMLButtonElement>('button')!.disabled).to.equal(false);
    // Text that is not a disclosure: a message, nothing thrown.
    expect(await run('今天天气很好。')).to.equal(undefined);
    expect(root.querySelector('[role="status"]')!.textContent).to.contain('不像是一份部门决算');
    await expect(root).to.be.accessible();
  });
});
