/**
 * The composition root: picks the in-page runtime (a Web Worker, or the page's own thread when a
 * Worker cannot start), the scenario store (IndexedDB, else memory) and the scenario catalog, and
 * mounts the app. Nothing else constructs an adapter. The runtime's worker (about a megabyte) is
 * started by the app when the terminal first opens, not here, so the library opens without it.
 */
import { mount } from 'svelte';
import App from './ui/App.svelte';
import { startInPageRuntime } from './adapters/runtime/in-page';
import { BUILTIN_SOURCES } from './adapters/scenarios/builtin-sources';
import { createCatalog } from './adapters/scenarios/catalog';
import { createScenarioStore } from './adapters/store/scenario-store';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

const store = createScenarioStore();
const catalog = createCatalog(store, BUILTIN_SOURCES);
mount(App, { target, props: { startRuntime: () => startInPageRuntime(), store, catalog } });
