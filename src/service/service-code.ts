// What the dataset worker's entry loads on demand, in one module, so that the build gives it one file
// (scripts/first-load-chunks.ts): the handler map and the transport that serves it.
export { createHandlers } from './handlers';
export { serve } from './transport';
