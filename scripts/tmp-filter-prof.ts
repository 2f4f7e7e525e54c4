import { launchBrowser } from './bench/browser';
import { serveBuild, snapshotBuild } from './bench/server';
const snap = snapshotBuild('dist');
const server = await serveBuild(snap.dir, 'corpus/50000-1');
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.addInitScript(() => {
  const Native = globalThis.Worker;
  (globalThis as any).__log = [];
  globalThis.Worker = class extends Native {
    constructor(...a: ConstructorParameters<typeof Worker>) {
      super(...a);
      const sent = new Map<number, [number, string]>();
      (this as any).__sent = sent;
      this.addEventListener('message', (e: MessageEvent) => {
        const d = e.data;
        if (d.type !== 'progress' && sent.has(d.id)) {
          const [t, type] = sent.get(d.id)!;
          (globalThis as any).__log.push(`${type} ${d.id}: ${(performance.now() - t).toFixed(0)} ms (reply at ${performance.now().toFixed(0)})`);
        }
      });
    }
    postMessage(msg: any, ...rest: any[]) {
      if (msg && msg.type !== 'cancel') (this as any).__sent.set(msg.id, [performance.now(), msg.type]);
      return (super.postMessage as any)(msg, ...rest);
    }
  } as any;
});
await page.goto(server.url);
await page.locator('main ol h2').first().waitFor({ timeout: 60000 });
await page.waitForTimeout(1500);
console.log(await page.evaluate(() => (globalThis as any).__log.splice(0)));
await page.locator('summary', { hasText: 'Source kind' }).click();
const boxes = page.locator('details.filter').filter({ hasText: 'Source kind' }).getByRole('checkbox');
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
for (let i = 0; i < 4; i++) {
  const t0 = Date.now();
  await boxes.nth(i).click();
  await page.waitForFunction(() => (globalThis as any).__log.length > 0, null, { timeout: 60000 });
  await page.waitForTimeout(1000);
  console.log(`change ${i}`, Date.now() - t0, await page.evaluate(() => (globalThis as any).__log.splice(0)));
}
const { profile } = await cdp.send('Profiler.stop');
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const dt = profile.timeDeltas ?? [];
profile.samples?.forEach((s: number, i: number) => {
  const n: any = byId.get(s);
  const k = `${n.callFrame.functionName} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0));
});
[...self].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, t]) => console.log((t / 1000).toFixed(0).padStart(6), k));
await browser.close();
await server.close();
snap.dispose();
