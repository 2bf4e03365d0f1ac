export default definePageConfig({ navigationBarTitleText: '回乡创业项目' });
