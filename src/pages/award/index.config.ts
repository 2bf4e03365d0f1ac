export default definePageConfig({ navigationBarTitleText: '评选详情' });
