import { type PropsWithChildren, useEffect } from 'react';
import Taro from '@tarojs/taro';
import { watchConnectivity } from './features/study/checkin-queue';
import './app.css';

// The weapp talks to WeChat cloud; H5 talks to the local cloud over HTTP (services/cloud.ts).
if (process.env.TARO_ENV === 'weapp') {
  Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV, traceUser: true });
}

function App({ children }: PropsWithChildren) {
  // Check-ins queued offline go out at launch and whenever the network returns.
  useEffect(watchConnectivity, []);
  return children;
}

export default App;
