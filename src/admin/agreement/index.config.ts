export default definePageConfig({ navigationBarTitleText: '共管协议' });
