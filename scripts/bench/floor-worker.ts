// The floor of a load: a bare worker that only fetches and parses the data files, served by the bench's server.

/** Where the bench's server serves the floor worker. */
export const FLOOR_WORKER_PATH = '__floor-worker.js';

/** The floor worker: fetches every file given, parses each as JSON, and posts the time it took. */
export const FLOOR_WORKER = `onmessage = async (e) => {
  const t0 = performance.now();
  await Promise.all(e.data.map(async (f) => JSON.parse(await (await fetch(f)).text())));
  postMessage(performance.now() - t0);
};`;
