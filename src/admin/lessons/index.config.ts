export default definePageConfig({ navigationBarTitleText: '微党课审核' });
