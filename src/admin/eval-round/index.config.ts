export default definePageConfig({ navigationBarTitleText: '评议进度与结果' });
