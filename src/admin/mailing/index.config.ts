export default definePageConfig({ navigationBarTitleText: '寄送批次' });
