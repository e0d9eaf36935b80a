/**
 * The composition root: picks the in-page runtime (a Web Worker, or the page's own thread when a
 * Worker cannot start) and mounts the app. Nothing else constructs an adapter.
 */
import { mount } from 'svelte';
import App from './ui/App.svelte';
import { startInPageRuntime } from './adapters/runtime/in-page';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

mount(App, { target, props: { runtime: startInPageRuntime() } });
