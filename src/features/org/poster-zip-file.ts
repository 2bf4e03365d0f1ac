import Taro from '@tarojs/taro';

/**
 * The finished zip on weapp: a mini-program opens no zip, so once downloaded by fileID
 * (shared/cloud-file.ts) it is sent to a chat (文件传输助手 reaches a computer) with
 * wx.shareFileMessage, which WeChat allows only inside a tap ("限制：仅在点击行为时调用",
 * https://developers.weixin.qq.com/miniprogram/dev/api/share/wx.shareFileMessage.html): the
 * download happens when the job ends, the share on the button's tap — so call this synchronously
 * from the tap handler.
 */
export function shareZip(filePath: string, fileName: string | null): void {
  Taro.shareFileMessage({ filePath, ...(fileName ? { fileName } : {}) }).catch(() => {
    void Taro.showToast({ title: '未发送，可再点一次', icon: 'none' });
  });
}
