export default definePageConfig({ navigationBarTitleText: '双向共管' });
