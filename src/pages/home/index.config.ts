export default definePageConfig({ navigationBarTitleText: '云支部' });
