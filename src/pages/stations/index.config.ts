export default definePageConfig({ navigationBarTitleText: '人才工作站' });
