export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/join/index',
    'pages/profile/index',
    'pages/branches/index',
    'pages/ledger/index',
    'pages/member/index',
    'pages/study/index',
    'pages/study-detail/index',
    'pages/study-publish/index',
    'pages/study-stats/index',
    'pages/themeday/index',
    'pages/themeday-admin/index',
  ],
  // Native components, listed app-wide so every page and Taro's recursive `comp` template can use them.
  usingComponents: { 'status-badge': 'components/status-badge/index' },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#c8102e',
    navigationBarTitleText: '云支部',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f5f5',
  },
});
