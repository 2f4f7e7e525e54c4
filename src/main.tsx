import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startPublishedLoad } from './api/service';
import { showsPublished } from './service/early-downloads';
import { App } from './app/app';
import { applyStoredTypeSize } from './shared/hooks/type-size';
import { openDisclosuresWhilePrinting } from './app/print-disclosures';
import './styles/global.css';

// Every view of the published dataset waits on one download: start it while React starts (not for a workspace, ?ws=,
// which has its own, nor for the workbench, which shows none).
if (showsPublished(window.location.search, window.location.pathname)) startPublishedLoad();

applyStoredTypeSize();
openDisclosuresWhilePrinting(window);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
