// Banana Cake Pop in headless Debian Chromium (puppeteer-core, never a downloaded browser), against a live server:
// opens /graphql, creates a document, runs `{ __typename }` (the IDE is not signed in, and anonymous requests reach only
// login and introspection), reads the response pane, and records every
// request the page (and its service worker) makes: none may leave 127.0.0.1.
// Usage: node ide-browser.mjs http://127.0.0.1:PORT [screenshot.png]   Last line: "N passed, M failed".
import puppeteer from 'puppeteer-core';

const base = process.argv[2];
const screenshot = process.argv[3];
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const results = [];
const check = (name, ok, detail = '') => {
  results.push(ok);
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${name}${detail ? ` — ${detail}` : ''}`);
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const requests = [];
const responses = [];
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
    // Belt and braces: any host but 127.0.0.1 fails to resolve, so a stray request cannot leave the machine.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ],
});
try {
  // Service workers fetch outside the page: watch their network too.
  browser.on('targetcreated', async (target) => {
    if (target.type() !== 'service_worker') return;
    try {
      const session = await target.createCDPSession();
      session.on('Network.requestWillBeSent', (event) => requests.push(event.request.url));
      await session.send('Network.enable');
    } catch { /* the worker went away */ }
  });

  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  page.on('request', (request) => requests.push(request.url()));
  const bodies = new Map();
  page.on('response', (response) => {
    responses.push(response);
    // Read now: after a navigation the body is gone.
    if (response.request().method() === 'POST') bodies.set(response, response.text().catch(() => ''));
  });
  // Banana Cake Pop's service worker reloads the page once it has cached the app; without it the page stays put.
  await page.setBypassServiceWorker(true);

  // The first visit installs the app (it reloads itself once); the checks run on the second visit.
  await page.goto(`${base}/graphql`, { waitUntil: 'networkidle0', timeout: 60000 });
  await sleep(3000);
  responses.length = 0;
  const first = await page.goto(`${base}/graphql`, { waitUntil: 'networkidle0', timeout: 60000 });
  const chain = first.request().redirectChain();
  check('GET /graphql from a browser redirects (301) to /graphql/',
    chain.length === 1 && chain[0].response()?.status() === 301 && first.url() === `${base}/graphql/`,
    `${chain.map((r) => `${r.response()?.status()} ${r.url()}`).join(' → ')} → ${first.status()} ${first.url()}`);
  check('/graphql/ is the IDE page (text/html)', first.status() === 200 && (first.headers()['content-type'] ?? '').startsWith('text/html'));

  const typeOf = (suffix) => responses.filter((r) => new URL(r.url()).pathname.endsWith(suffix));
  const scripts = typeOf('.js');
  const badScripts = scripts.filter((r) => r.status() !== 200 || !(r.headers()['content-type'] ?? '').startsWith('text/javascript'));
  check('its scripts load as text/javascript', scripts.length > 0 && badScripts.length === 0,
    `${scripts.length} scripts${badScripts.length ? `; bad: ${badScripts.map((r) => `${r.status()} ${r.headers()['content-type']} ${r.url()}`).join(', ')}` : ''}`);
  const styles = typeOf('.css');
  check('its stylesheet loads as text/css', styles.length > 0 && styles.every((r) => r.status() === 200 && (r.headers()['content-type'] ?? '').startsWith('text/css')));
  const config = typeOf('/bcp-config.json');
  const configBody = config.length ? await config[0].json().catch(() => null) : null;
  check('it reads bcp-config.json', configBody?.useBrowserUrlAsEndpoint === true && configBody?.title === 'GraphQL Playbooks', JSON.stringify(configBody));

  const create = await page.waitForSelector('button[aria-label^="Create Document"], button[aria-label^="New Document"]', { timeout: 30000 });
  await create.click();
  await page.waitForSelector('.monaco-editor', { timeout: 30000 });
  await sleep(2000);
  const introspection = responses.filter((r) => r.request().method() === 'POST' && (r.request().postData() ?? '').includes('IntrospectionQuery'));
  const introspected = [];
  for (const response of introspection) {
    try { introspected.push(JSON.parse(await bodies.get(response))); } catch { introspected.push(null); }
  }
  check('its schema introspection POST succeeds', introspected.some((body) => body?.data?.__schema?.queryType?.name === 'Query'),
    `${introspection.length} introspection request(s): ${introspection.map((r) => r.status()).join(', ')}`);

  // The request editor is the first Monaco editor; it closes brackets by itself, so type only what it does not add.
  // Should the app re-render (or reload) under our hands, the handles go stale: try a second time.
  const runDocument = async () => {
    const editor = await page.waitForSelector('.monaco-editor', { timeout: 30000 });
    const box = await editor.boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 3);
    await page.keyboard.down('Control'); await page.keyboard.press('KeyA'); await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('{ __typename');
    await sleep(500);
    const typed = await editor.$eval('.view-lines', (e) => e.innerText).catch(() => '');
    const run = await page.waitForSelector('button[aria-label^="Run Operation"]', { timeout: 10000 });
    await run.click();

    let pane = '';
    for (let i = 0; i < 40 && !pane.includes('"Query"'); i++) {
      await sleep(250);
      pane = await page.evaluate(() => {
        const editors = [...document.querySelectorAll('.monaco-editor')];
        // The response pane is the editor to the right of the request editor.
        const request = editors[0].getBoundingClientRect();
        const response = editors.find((e) => e.getBoundingClientRect().x > request.right - 1 && Math.abs(e.getBoundingClientRect().y - request.y) < 5);
        return response?.querySelector('.view-lines')?.innerText ?? '';
      });
    }
    return { typed, pane };
  };
  let attempt;
  try {
    attempt = await runDocument();
    if (!attempt.pane.includes('"Query"')) attempt = await runDocument();
  } catch (error) {
    console.log(`first attempt failed (${error?.message ?? error}); trying again`);
    await sleep(2000);
    attempt = await runDocument();
  }
  const { typed, pane } = attempt;
  const flat = pane.replace(/\s+/g, ' ');
  check('running the document shows its result in the response pane',
    flat.includes('"__typename": "Query"'),
    `typed ${JSON.stringify(typed.replace(/\s+/g, ' '))}; response pane ${JSON.stringify(flat.slice(0, 200))}`);

  if (screenshot) await page.screenshot({ path: screenshot });
} catch (error) {
  check('driving the IDE', false, error?.stack ?? String(error));
} finally {
  await browser.close();
}

const outside = [...new Set(requests)].filter((url) => {
  const parsed = new URL(url);
  return !['data:', 'blob:', 'about:'].includes(parsed.protocol) && parsed.hostname !== '127.0.0.1';
});
check('no request leaves 127.0.0.1', requests.length > 0 && outside.length === 0,
  `${requests.length} requests${outside.length ? `; outside: ${outside.join(', ')}` : ''}`);

const passed = results.filter(Boolean).length;
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
