export default definePageConfig({ navigationBarTitleText: '支部与二维码' });
