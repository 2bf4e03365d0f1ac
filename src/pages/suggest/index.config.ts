export default definePageConfig({ navigationBarTitleText: '我为家乡谋发展' });
