// The dataset worker's entry: parses, validates, reads workspaces and runs the engine off the main thread, answering the
// page's questions through the handler map. The entry itself is small: started for the published dataset, it asks for
// the dataset's files at once, and the service's code loads while they download. Requests that arrive meanwhile wait,
// in order.
import { PUBLISHED_FILES, PUBLISHED_WORKER, startDownloads } from './early-downloads';
import { dataUrl } from './data-url';

const waiting: MessageEvent[] = [];
const hold = (event: MessageEvent) => {
  waiting.push(event);
};
self.addEventListener('message', hold);
if (self.name === PUBLISHED_WORKER) startDownloads(PUBLISHED_FILES.map(dataUrl));

const { createHandlers, serve } = await import('./service-code');
serve(
  {
    postMessage: (message) => self.postMessage(message),
    addEventListener: (type, listener) => {
      self.addEventListener(type, listener);
      for (const event of waiting.splice(0)) listener(event);
    },
  },
  createHandlers(),
);
self.removeEventListener('message', hold);
