export default definePageConfig({ navigationBarTitleText: '我的调解维权' });
