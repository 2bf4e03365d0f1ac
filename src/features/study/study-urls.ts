/** Where the study pages live (organiser pages in the `admin` sub-package), in one place. */
export const studyDetailUrl = (pushId: string) => `/pages/study-detail/index?id=${pushId}`;
export const studyStatsUrl = (pushId: string) => `/admin/study-stats/index?pushId=${pushId}`;
export const studyPublishUrl = '/admin/study-publish/index';
export const studyEditUrl = (pushId: string) => `${studyPublishUrl}?id=${pushId}`;
export const studyManageUrl = '/admin/study-manage/index';
