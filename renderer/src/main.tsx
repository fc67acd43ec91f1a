import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The shared styles first: each feature's own .css (imported by its components) comes after them
// in the bundle, so a feature's rule wins over a shared one of the same weight.
import './styles.css';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
