export default definePageConfig({ navigationBarTitleText: '活动证管理' });
