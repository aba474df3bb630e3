import '@guidepost/react/styles.css';
import './fixture.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FixtureApp } from './fixture-app';

const root = document.getElementById('root');
if (root === null) throw new Error('The strict-CSP page has no #root to render into.');
createRoot(root).render(
  <StrictMode>
    <FixtureApp />
  </StrictMode>,
);
