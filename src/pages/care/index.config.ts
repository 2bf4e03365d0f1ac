export default definePageConfig({ navigationBarTitleText: '困难求助' });
