export default definePageConfig({ navigationBarTitleText: '调解维权' });
