/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.css';

declare namespace NodeJS {
  interface ProcessEnv {
    /** Set by Taro at build time. */
    TARO_ENV: 'weapp' | 'h5';
    /** .env: the WeChat cloud environment id the weapp calls. */
    TARO_APP_CLOUD_ENV: string;
    /** .env: origin of the local cloud for H5; empty means same origin. */
    TARO_APP_LOCAL_CLOUD_URL: string;
    /** .env: the subscribe-message template of the theme-day reminder. */
    TARO_APP_THEMEDAY_TEMPLATE_ID: string;
  }
}
