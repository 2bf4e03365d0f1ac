export default definePageConfig({ navigationBarTitleText: '评选投票' });
