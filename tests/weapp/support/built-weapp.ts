import fs from 'node:fs';
import path from 'node:path';
import simulate from 'miniprogram-simulate';
import { withinTap } from '../../ui/helpers/wx-platform-rules';
import { installWxRules, isAgreeButton, privacy } from './wx-platform';

/**
 * Runs the built weapp (dist/) inside miniprogram-simulate the way WeChat does: app.js first (it
 * pulls in Taro's runtime and the shared webpack chunks every page and component needs), then the
 * page's or component's own js. The official wcc compiler (miniprogram-compiler) compiles dist's
 * wxml, so Taro's <import src="base.wxml"> templates and utils.wxs run unchanged.
 */
export const distRoot = path.resolve(__dirname, '../../../dist');

type Envelope = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };
export type Rendered = ReturnType<typeof simulate.render>;
export type Backend = (name: string, event: { action: string; payload: unknown }) => Envelope | Promise<Envelope>;

// A jest test file gets its own module registry and globals, so this state lives per test file.
let booted = false;
let backend: Backend = (_name, event) => {
  throw new Error(`No backend stub for ${event.action}`);
};
let loading: { route: string; query: Record<string, string> } | null = null;
const pageStack: unknown[] = [];
// Webpack runs a chunk's entry (the Page()/Component() call) once per module registry, so a
// second simulate.load of the same file would register nothing: load each file once per test file.
const loaded = new Map<string, string>();

/** Tests that need the build fail with instructions instead of a cryptic ENOENT. */
export function assertBuilt(file = 'app.js'): void {
  if (fs.existsSync(path.join(distRoot, file))) return;
  if (file === 'app.js') throw new Error(`No weapp build in ${distRoot}: run npm run build:weapp first (npm test builds it).`);
  // Taro emits a native component only if app.config or some page lists it in usingComponents.
  throw new Error(`dist/${file} is missing: rebuild (npm run build:weapp), and check usingComponents / app.config pages.`);
}

/** What wx.cloud.callFunction answers from now on (the page sees `{ result: envelope }`). */
export function setBackend(fn: Backend): void {
  backend = fn;
}

/**
 * Starts the app once per test file, as WeChat does before any page or component, launched on
 * `launchPath` (onLaunch's path is the page the user opened: the first page a test file opens).
 */
export function bootApp(launchPath = 'pages/home/index'): void {
  if (booted) return;
  assertBuilt();
  const g = globalThis as any;
  // The platform's rules (tap gestures, the privacy agreement) before Taro copies wx's API list.
  installWxRules(g.wx);
  // Every component's event handler (Taro's `eh`; Taro's custom wrappers are Components too)
  // runs a tap as a user gesture.
  if (!g.Component.__tapAware) {
    const register = g.Component;
    g.Component = Object.assign((options: any) => register(tapAware(options)), { __tapAware: true });
  }
  // Taro copies the wx.cloud reference at startup, so the object must exist first; its
  // callFunction defers to `backend`, which each test sets.
  g.wx.cloud = {
    init: jest.fn(),
    callFunction: jest.fn(async ({ name, data }: { name: string; data: any }) => ({ result: await backend(name, data) })),
  };
  let app: any;
  g.App = (options: any) => (app = options);
  g.getApp = () => app;
  g.getCurrentPages = () => pageStack;
  g.Page = pageAsComponent;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the built app.js, loaded by path as the mini-program runtime loads it
  require(path.join(distRoot, 'app.js'));
  if (!app) throw new Error('dist/app.js did not call App()');
  const launch = { path: launchPath, query: {}, scene: 1001 };
  app.onLaunch(launch);
  app.onShow(launch);
  booted = true;
}

/** The node of Taro's page data rendered with this data-sid. */
function taroNodeOf(data: unknown, sid: string): Record<string, unknown> | null {
  const stack = [data];
  const seen = new Set<unknown>();
  while (stack.length) {
    const node = stack.pop();
    if (!node || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    if ((node as { sid?: unknown }).sid === sid) return node as Record<string, unknown>;
    stack.push(...Object.values(node as object));
  }
  return null;
}

/**
 * WeChat treats code that runs synchronously in a tap handler as the user's gesture (what
 * requestSubscribeMessage requires). simulate delivers events a microtask after dispatchEvent, so
 * the gesture is marked where the handler runs: around Taro's `eh` for a `tap` event.
 */
function tapAware(options: Record<string, any>): Record<string, any> {
  const wrap = (eh: (e: any) => unknown) =>
    function (this: unknown, e: any) {
      return e?.type === 'tap' ? withinTap(() => eh.call(this, e)) : eh.call(this, e);
    };
  if (typeof options.methods?.eh === 'function') options.methods = { ...options.methods, eh: wrap(options.methods.eh) };
  if (typeof options.eh === 'function') options.eh = wrap(options.eh);
  return options;
}

/**
 * simulate has no Page(): this registers the page options as a Component whose lifetimes call the
 * page hooks in WeChat's order (onLoad → onShow → onReady; onUnload on detach). Taro's page
 * methods (eh, the event handler) become component methods, as in Taro's own component mode.
 */
function pageAsComponent(options: Record<string, any>): void {
  const { route, query } = loading!;
  const methods: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(options)) if (typeof v === 'function') methods[k] = v;
  (globalThis as any).Component({
    data: options.data,
    methods,
    lifetimes: {
      attached(this: any) {
        this.route = route;
        pageStack.push(this);
        this.onLoad({ ...query });
      },
      ready(this: any) {
        this.onShow();
        this.onReady();
      },
      detached(this: any) {
        this.onUnload();
        pageStack.splice(pageStack.indexOf(this), 1);
      },
    },
  });
}

/** app.json's usingComponents are global in WeChat; simulate only reads the page's own json. */
function globalComponents(): Record<string, string> {
  const app = JSON.parse(fs.readFileSync(path.join(distRoot, 'app.json'), 'utf8'));
  const map: Record<string, string> = {};
  for (const [tag, p] of Object.entries<string>(app.usingComponents ?? {})) map[tag] = p.startsWith('/') ? p : `/${p}`;
  return map;
}

/** Loads a built page (e.g. 'pages/home/index') and attaches it, which runs onLoad. */
export function openPage(route: string, query: Record<string, string> = {}): Rendered {
  bootApp(route);
  assertBuilt(`${route}.json`);
  if (loaded.has(route)) throw new Error(`${route} was already opened in this test file; split the test file`);
  loading = { route, query };
  try {
    const id = simulate.load(path.join(distRoot, route), { rootPath: distRoot, usingComponents: globalComponents() });
    loaded.set(route, id);
    const page = simulate.render(id);
    page.attach(document.createElement('parent-wrapper'));
    return page;
  } finally {
    loading = null;
  }
}

/** Registers a built native component (e.g. 'components/status-badge/index'); returns its id. */
export function loadComponent(route: string, tagName: string): string {
  bootApp();
  assertBuilt(`${route}.json`);
  if (!loaded.has(route)) loaded.set(route, simulate.load(path.join(distRoot, route), tagName, { rootPath: distRoot }));
  return loaded.get(route)!;
}

/** Polls until `ok()`: Taro batches setData after React commits, and wx APIs answer async. */
export async function waitFor(ok: () => boolean, message: () => string, timeout = 3000): Promise<void> {
  const until = Date.now() + timeout;
  while (!ok()) {
    if (Date.now() > until) throw new Error(message());
    await simulate.sleep(10);
  }
}

export const textOf = (root: Rendered): string => root.dom?.textContent ?? '';

export const waitForText = (root: Rendered, text: string) =>
  waitFor(() => textOf(root).includes(text), () => `"${text}" never rendered; the page shows: ${textOf(root)}`);

/**
 * Taps the innermost Taro element showing `text`, through Taro's own event handler (eh), as a user
 * gesture (tapAware): only code running synchronously in the handler may open consent dialogs. A button with
 * open-type agreePrivacyAuthorization also records the agreement and fires its event, as WeChat does.
 */
export function tapText(page: Rendered, text: string): void {
  const hits = Array.from(page.dom!.querySelectorAll<HTMLElement>('[data-sid]')).filter((el) => el.textContent?.includes(text));
  const target = hits[hits.length - 1];
  if (!target) throw new Error(`Nothing shows "${text}"`);
  // The wxml renders id="{{i.uid||i.sid}}": a node given its own id is found by that id.
  const taroNode = taroNodeOf((page as any).instance?.data, target.dataset.sid!);
  const id = typeof taroNode?.uid === 'string' ? taroNode.uid : target.dataset.sid!;
  const node = page.querySelector(`#${id}`);
  if (!node) throw new Error(`No node #${id}: ${target.outerHTML.slice(0, 300)}`);
  if (isAgreeButton(taroNode, id)) {
    privacy.tappedAgreeButtons.add(id);
    node.dispatchEvent('agreeprivacyauthorization');
  }
  node.dispatchEvent('tap');
}
