export default definePageConfig({ navigationBarTitleText: '转接与入支部审核' });
