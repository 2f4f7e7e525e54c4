// The dataset worker: parses, validates, reads workspaces and runs the engine off the main thread, answering the page's
// questions through the handler map.
import { createHandlers } from './handlers';
import { serve } from './transport';

serve(self, createHandlers());
