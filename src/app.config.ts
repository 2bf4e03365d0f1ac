export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/join/index',
    'pages/profile/index',
    'pages/study/index',
    'pages/study-detail/index',
    'pages/themeday/index',
    'pages/care/index',
    'pages/care-file/index',
    'pages/care-case/index',
    'pages/suggest/index',
    'pages/stations/index',
    'pages/jobs/index',
    'pages/eval-rounds/index',
    'pages/eval-score/index',
    'pages/eval-mine/index',
    'pages/awards/index',
    'pages/award/index',
    'pages/award-vote/index',
    'pages/role-accept/index',
    'pages/activities/index',
    'pages/dues/index',
    'pages/card/index',
  ],
  // Sub-packages load on first visit and stay out of the main package, which every member downloads
  // before the first screen (goal ≤ 450 KB, docs/decisions/size.md). `admin` holds the
  // organiser-only pages; the dashboard has its own because it carries the chart library (~490 KB),
  // which organisers who never open it should not download with the rest.
  subPackages: [
    {
      root: 'admin',
      pages: [
        'branches/index',
        'ledger/index',
        'ledger-export/index',
        'member/index',
        'study-publish/index',
        'study-stats/index',
        'themeday-admin/index',
        'care-queue/index',
        'visits/index',
        'suggestions/index',
        'projects/index',
        'jobs-publish/index',
        'eval-round/index',
        'pairing/index',
        'contact-gaps/index',
        'agreements/index',
        'agreement/index',
        'roles/index',
        'moves/index',
        'org-edit/index',
        'org-import/index',
        'study-manage/index',
        'activities/index',
        'dues/index',
        'cards/index',
        'lessons/index',
        'mailings/index',
        'mailing/index',
        'mediation/index',
        'mediation-case/index',
      ],
    },
    { root: 'pages/dashboard', pages: ['index'] },
    // Member pages opened now and then (微党课, 学习资料签收, 我的调解维权): each its own sub-package, fetched on first
    // visit, so the main package every member downloads first stays within its budget.
    { root: 'pages/lessons', pages: ['index'] },
    { root: 'pages/mailings', pages: ['index'] },
    { root: 'pages/mediations', pages: ['index'] },
  ],
  // Once the home page has rendered, WeChat fetches the organiser pages in the background, so the
  // first tap on an organiser tile opens at once. The rule is per page, not per person (members
  // fetch it too, after their first screen, on any network).
  preloadRule: { 'pages/home/index': { network: 'all', packages: ['admin'] } },
  // Native components, listed app-wide so every page and Taro's recursive `comp` template can use them.
  usingComponents: { 'status-badge': 'components/status-badge/index' },
  window: {
    // WeChat's own bar on weapp; on H5 it turns on Taro's bar (title, back, or home on a page opened directly).
    navigationStyle: 'default',
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#c8102e',
    navigationBarTitleText: '云支部',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f5f5',
  },
});
