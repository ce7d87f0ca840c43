/**
 * The CDN autoloader (dist/autoloader.js) on a plain page: a page with only
 * <three-public-expenses> requests the autoloader, the shared core and that
 * element's chunk, nothing else (requests and bytes counted, against the
 * build's dist/size.json); a CMS div added later is upgraded, and its
 * element's chunk is loaded then.
 */
import { expect, waitUntil } from '@open-wc/testing';

type Rendered = HTMLElement & { state: string; shadowRoot: ShadowRoot };
interface SizeReport {
  autoloaderOne: { files: string[]; gzipped: number };
  autoloaderOneWithChecks: { files: string[]; gzipped: number };
  autoloaderAll: { files: string[] };
}

async function openPage(url: string): Promise<{ window: Window; document: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return { window: frame.contentWindow!, document: frame.contentDocument! };
}

/** The JavaScript files the page requested, as /dist/… paths, with their bytes (the test server's own socket script left out). */
function scripts(page: Window): { path: string; bytes: number }[] {
  return page.performance
    .getEntriesByType('resource')
    .map((entry) => entry as PerformanceResourceTiming)
    .filter((entry) => new URL(entry.name).pathname.endsWith('.js') && !new URL(entry.name).pathname.startsWith('/__web-dev-server'))
    .map((entry) => ({ path: new URL(entry.name).pathname, bytes: entry.decodedBodySize }));
}

const sizeOf = async (path: string) => (await (await fetch(path)).arrayBuffer()).byteLength;

describe('the autoloader', () => {
  let size: SizeReport;
  before(async () => {
    size = await (await fetch('/dist/size.json')).json();
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('loads only the chunks of the element on the page: the autoloader, the shared core and <three-public-expenses>', async () => {
    const { window: page, document: doc } = await openPage('/test/pages/autoloader.html');
    const element = doc.querySelector('three-public-expenses') as Rendered;
    await waitUntil(() => element.state === 'ready', '<three-public-expenses> did not render', { timeout: 8000 });
    expect(element.shadowRoot.textContent).to.contain('三公');
    expect(page.customElements.get('account-summary')).to.equal(undefined);
    expect(page.customElements.get('functional-breakdown')).to.equal(undefined);

    const requested = scripts(page);
    // `ready` comes after the cross-checks, whose chunk loads after first paint: the page has loaded what the
    // build counts as "with the checks", which is the first-paint files and the checks' chunk, nothing else.
    const expected = size.autoloaderOneWithChecks.files.map((file) => `/${file}`).sort();
    // After first paint: the checks' chunk and the catalogue parts their warnings read (checks, lines, functionalBreakdown).
    const afterFirstPaint = size.autoloaderOneWithChecks.files.filter((file) => !size.autoloaderOne.files.includes(file));
    expect(afterFirstPaint.length).to.equal(4);
    for (const file of afterFirstPaint) expect(file).to.match(/^dist\/chunks\/(checks|lines|functional-breakdown)-[A-Z0-9]+\.js$/);
    expect(requested.map((entry) => entry.path).sort()).to.deep.equal(expected);
    expect(requested.length).to.equal(expected.length);
    // Every byte the page got is a byte of those files, each requested once.
    let bytes = 0;
    for (const file of expected) bytes += await sizeOf(file);
    expect(requested.reduce((total, entry) => total + entry.bytes, 0)).to.equal(bytes);
    // The words: the zh-CN parts it shows (公务用车购置费, a line of the 三公 table), no other element's
    // (国有资产占有使用情况, a heading of <other-matters>), no validator message (缺少必填字段, the document is
    // valid), no English (Fiscal appropriations, a line of 收入支出决算总表).
    const texts = await Promise.all(requested.map(async (entry) => (await fetch(entry.path)).text()));
    // The test server may write non-ASCII characters as \u escapes.
    const loaded = texts.join('\n').replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    expect(loaded).to.contain('公务用车购置费');
    expect(loaded).not.to.contain('国有资产占有使用情况');
    expect(loaded).not.to.contain('缺少必填字段');
    expect(loaded).not.to.contain('Fiscal appropriations');
    // The other elements' own chunks were not requested.
    const others = size.autoloaderAll.files.filter((file) => !size.autoloaderOneWithChecks.files.includes(file));
    expect(others.length).to.be.greaterThan(0);
    for (const file of others) expect(requested.map((entry) => entry.path)).not.to.include(`/${file}`);
  });

  it('an invalid document loads the validator\'s messages, then shows them with their JSON paths', async () => {
    const { window: page, document: doc } = await openPage('/test/pages/autoloader.html');
    await waitUntil(() => (doc.querySelector('three-public-expenses') as Rendered).state === 'ready', 'the first element did not render', { timeout: 8000 });
    const before = scripts(page).map((entry) => entry.path);
    const element = doc.createElement('three-public-expenses') as Rendered;
    const script = doc.createElement('script');
    script.type = 'application/json';
    script.textContent = '{ "schemaVersion": 2 }';
    element.append(script);
    doc.body.append(element);
    await waitUntil(() => element.shadowRoot.querySelector('[role="alert"] li') !== null, 'the invalid document was not reported', { timeout: 8000 });
    expect(element.state).to.equal('error');
    const added = scripts(page).filter((entry) => !before.includes(entry.path));
    expect(added.length).to.equal(1);
    expect(added[0]!.path).to.match(/^\/dist\/chunks\/problems-[A-Z0-9]+\.js$/);
    expect((await (await fetch(added[0]!.path)).text()).replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))).to.contain('缺少必填字段');
    // problems['schema-version'] in zh-CN, after the JSON path and the colon.
    const item = element.shadowRoot.querySelector('[role="alert"] li')!;
    expect(item.querySelector('code')!.textContent).to.equal('schemaVersion');
    expect(item.textContent!.replace(/\s+/g, '')).to.equal('schemaVersion：schemaVersion应为1，实际为2');
  });

  it('upgrades a CMS div added later, loading its element\'s chunk then', async () => {
    const { window: page, document: doc } = await openPage('/test/pages/autoloader.html');
    await waitUntil(() => (doc.querySelector('three-public-expenses') as Rendered).state === 'ready', 'the first element did not render', { timeout: 8000 });
    expect(page.customElements.get('account-summary')).to.equal(undefined);

    const div = doc.createElement('div');
    div.setAttribute('data-disclosure-element', 'account-summary');
    div.setAttribute('data-src', '/stories/data/seed-2022.json');
    doc.body.append(div);
    await waitUntil(() => div.querySelector('account-summary') !== null, 'the div was not upgraded', { timeout: 5000 });
    const element = div.querySelector('account-summary') as Rendered;
    await waitUntil(() => element.state === 'ready', '<account-summary> did not render', { timeout: 8000 });
    expect(element.shadowRoot.textContent).to.contain('933.74');
    const paths = scripts(page).map((entry) => entry.path);
    expect(paths.length).to.be.greaterThan(size.autoloaderOne.files.length);
    expect(page.customElements.get('functional-breakdown')).to.equal(undefined);

    // A div with the JSON pasted as its text: the property is set before the element's code has loaded.
    const inline = doc.createElement('div');
    inline.setAttribute('data-disclosure-element', 'functional-breakdown');
    inline.setAttribute('data-hide-zero', '');
    inline.textContent = await (await fetch('/stories/data/seed-2022.json')).text();
    doc.body.append(inline);
    await waitUntil(() => inline.querySelector('functional-breakdown') !== null, 'the inline div was not upgraded', { timeout: 5000 });
    const breakdown = inline.querySelector('functional-breakdown') as Rendered;
    await waitUntil(() => breakdown.state === 'ready', '<functional-breakdown> did not render its inline JSON', { timeout: 8000 });
    expect(breakdown.shadowRoot.textContent).to.contain('另有 11 项金额为 0，已折叠');
  });

  it('discover(shadowRoot) upgrades a CMS div inside a shadow root, which the observer cannot see, and loads its element', async () => {
    const { window: page, document: doc } = await openPage('/test/pages/autoloader.html');
    const host = doc.createElement('div');
    doc.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const div = doc.createElement('div');
    div.setAttribute('data-disclosure-element', 'account-summary');
    div.setAttribute('data-src', '/stories/data/seed-2022.json');
    root.append(div);
    // The autoloader module the page loaded (the same URL is the same module instance).
    const autoloader = (await (page as Window & { eval(code: string): Promise<{ discover(root: ParentNode): Promise<unknown> }> }).eval("import('/dist/autoloader.js')"));
    await autoloader.discover(root);
    const element = div.querySelector('account-summary') as Rendered | null;
    expect(element, 'the div in the shadow root was upgraded').to.not.equal(null);
    await waitUntil(() => element!.state === 'ready', '<account-summary> did not render', { timeout: 8000 });
    expect(element!.shadowRoot.textContent).to.contain('933.74');
  });

  it('loads an element inserted as a tag after the page has loaded', async () => {
    const { window: page, document: doc } = await openPage('/test/pages/autoloader.html');
    const section = doc.createElement('section');
    section.innerHTML = '<functional-breakdown src="/stories/data/seed-2022.json"></functional-breakdown>';
    doc.body.append(section);
    const element = section.firstElementChild as Rendered;
    await waitUntil(() => element.state === 'ready', '<functional-breakdown> did not render', { timeout: 8000 });
    expect(page.customElements.get('functional-breakdown')).not.to.equal(undefined);
    expect(element.shadowRoot.textContent).to.contain('一般公共服务支出');
  });
});
