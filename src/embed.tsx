import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startPublishedLoad } from './api/service';
import { EmbedApp } from './app/embed/embed-app';
import { applyStoredTypeSize } from './shared/hooks/type-size';
import './styles/global.css';
import './app/embed/embed.css';

// An embed shows only the published dataset: start its download while React starts (a workspace link is refused instead).
if (!new URLSearchParams(window.location.search).has('ws')) startPublishedLoad();

applyStoredTypeSize();

const root = document.getElementById('root');
if (!root) throw new Error('embed.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <EmbedApp />
  </StrictMode>,
);
