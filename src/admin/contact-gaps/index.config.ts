export default definePageConfig({ navigationBarTitleText: '联系监测' });
