/**
 * Entry: start the engine worker first (a small chunk), then load and render the UI in parallel, so the
 * first simulation does not wait for React, React Flow and the rest to be parsed.
 */
import { boot } from './boot';
import './styles.css';

boot();
void import('./render');
