export default definePageConfig({ navigationBarTitleText: '学习推送' });
