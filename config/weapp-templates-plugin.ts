import type { IPluginContext } from '@tarojs/service';

/**
 * WeChat cannot nest a template in itself, so Taro writes each component's template once per level
 * of the page tree (`baseLevel`, 16) into base.wxml, which sits in the main package. Two kinds of
 * those copies are dead weight here (docs/decisions/size.md):
 *
 * - Taro's runner always lists `catch-view` (a View given `catchMove`) and `scroll-view` (Taro adds
 *   it back by itself once some module imports ScrollView). The app uses neither: 19 KB of
 *   base.wxml. Nothing would add catch-view back, so the linter refuses `catchMove`
 *   (eslint.config.mjs): such a View would render nothing on the phone.
 * - Our native components without a slot (app.config.ts `usingComponents`) got a template per
 *   level for children they never render. Taro's `nestElements` limit of 1 writes their template
 *   once, which every level uses (Taro's own rule for components that do not nest): 4 KB.
 *
 * Kept at 16: `baseLevel` itself. The UI tests' pages reach 10 levels (the join page's village
 * chips), and past the last level Taro renders through its recursive `comp` component.
 */
const unusedTemplates = ['catch-view', 'scroll-view'];
const leafNativeComponents = ['status-badge'];

interface ComponentConfig {
  includes: Set<string>;
}
interface MiniTemplate {
  nestElements: Map<string, number>;
}

export default (ctx: IPluginContext) => {
  ctx.modifyComponentConfig(({ componentConfig, config }: { componentConfig: ComponentConfig; config: { template?: MiniTemplate } }) => {
    for (const name of unusedTemplates) componentConfig.includes.delete(name);
    for (const name of leafNativeComponents) config.template?.nestElements.set(name, 1);
  });
};
