export default definePageConfig({ navigationBarTitleText: '家乡建议办理' });
