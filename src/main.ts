/**
 * The composition root: picks the in-page runtime (a Web Worker, or the page's own thread when a
 * Worker cannot start), the scenario and run stores (IndexedDB, else memory) and the catalog, and
 * mounts the app. Nothing else constructs an adapter. The runtime's worker (about a megabyte) is
 * started by the app when the terminal first opens, not here, so the library opens without it.
 */
import { mount } from 'svelte';
import App from './ui/App.svelte';
import { startInPageRuntime } from './adapters/runtime/in-page';
import { BUILTIN_SOURCES } from './adapters/scenarios/builtin-sources';
import { createCatalog } from './adapters/scenarios/catalog';
import { createRunStore } from './adapters/store/run-store';
import { createScenarioStore } from './adapters/store/scenario-store';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

const store = createScenarioStore();
const catalog = createCatalog(store, BUILTIN_SOURCES);
const runs = createRunStore();
mount(App, { target, props: { startRuntime: () => startInPageRuntime(), store, catalog, runs } });
