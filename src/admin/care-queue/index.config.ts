export default definePageConfig({ navigationBarTitleText: '关怀帮扶' });
