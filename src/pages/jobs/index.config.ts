export default definePageConfig({ navigationBarTitleText: '招工信息' });
