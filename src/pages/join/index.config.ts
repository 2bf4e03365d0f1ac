export default definePageConfig({ navigationBarTitleText: '加入云支部' });
