import { type PropsWithChildren, useEffect } from 'react';
import Taro, { useLaunch } from '@tarojs/taro';
import { startHomeCalls } from './features/home/first-screen.api';
import { watchConnectivity } from './features/study/checkin-queue';
import { installH5Cloud } from './services/h5-cloud';
import { localCloudBase } from './services/cloud';
import './app.css';

// The weapp talks to WeChat cloud; H5 talks to the local cloud over HTTP (services/cloud.ts).
if (process.env.TARO_ENV === 'weapp') {
  Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV, traceUser: true });
}
// A client database() call is refused on H5 as on WeChat (-502003) rather than crashing (services/h5-cloud.ts).
if (process.env.TARO_ENV === 'h5') installH5Cloud(Taro, { base: localCloudBase, openid: () => window.localStorage.getItem('devOpenid') ?? '' });

function App({ children }: PropsWithChildren) {
  // H5's router fetches the first route's code after onLaunch: the home's first calls start here
  // and overlap that load. The weapp has its pages on the phone already, so the gain there is one
  // page injection, not worth their bytes in a main package at its budget (docs/decisions/size.md).
  useLaunch((options) => {
    if (process.env.TARO_ENV === 'h5') startHomeCalls(options.path);
  });
  // Check-ins queued offline go out at launch and whenever the network returns.
  useEffect(watchConnectivity, []);
  return children;
}

export default App;
