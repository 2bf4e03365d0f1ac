export default definePageConfig({ navigationBarTitleText: '党员台账', enablePullDownRefresh: false });
