import type { IPluginContext } from '@tarojs/service';

/**
 * WeChat cannot nest a template in itself, so Taro writes each component's template once per level
 * of the page tree (`baseLevel`, 16) into base.wxml, which sits in the main package. Taro's runner
 * always lists two it renders only on request: `catch-view` (a View given `catchMove`) and
 * `scroll-view` (added back by Taro as soon as some module imports ScrollView). This app uses
 * neither, and their fifteen levels were 19 KB of base.wxml (docs/decisions/size.md).
 *
 * `catchMove` is refused by the linter (eslint.config.mjs), since nothing would add its template
 * back: a View with it would render nothing on the phone.
 */
const unusedTemplates = ['catch-view', 'scroll-view'];

export default (ctx: IPluginContext) => {
  ctx.modifyComponentConfig(({ componentConfig }: { componentConfig: { includes: Set<string> } }) => {
    for (const name of unusedTemplates) componentConfig.includes.delete(name);
  });
};
