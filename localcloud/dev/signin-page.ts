/**
 * GET /dev/signin — H5 dev sign-in: pick an existing user (users collection: _id = openid, name) or
 * create a new dev identity. The choice lives in localStorage.devOpenid / devName, which the H5
 * services/cloud.ts sends as X-Dev-Openid. Creating an identity writes nothing to the database:
 * the app creates its own records when that user joins. Served by the local cloud only, never
 * part of the weapp build.
 */
export interface DevUser { openid: string; name: string }

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A backslash, space, control character or DEL: never part of a path we send a browser to. */
const unsafeInPath = (ch: string) => ch === '\\' || ch.charCodeAt(0) <= 0x20 || ch.charCodeAt(0) === 0x7f;

/**
 * Where the page may send the browser afterwards: a path on this server, else `/`. Browsers read
 * `\` as `/` in special URLs (WHATWG URL), so `/\evil.example` is `//evil.example`, another site;
 * any backslash, control character or second leading slash is refused, and the result must
 * still resolve to this origin.
 */
export function ownPath(back: string | null): string {
  if (!back || !back.startsWith('/') || back.startsWith('//') || [...back].some(unsafeInPath)) return '/';
  const base = 'http://own.invalid';
  try {
    const u = new URL(back, base);
    return u.origin === base ? u.pathname + u.search + u.hash : '/';
  } catch {
    return '/';
  }
}

/** A value for an inline script, unable to close the script element. */
const scriptString = (s: string) => JSON.stringify(s).replace(/</g, '\\u003c');

export function signinPage(users: DevUser[], back: string): string {
  const items = users
    .map((u) => `<li><button type="button" data-openid="${esc(u.openid)}" data-name="${esc(u.name)}">${esc(u.name || '(未命名)')} <small>${esc(u.openid)}</small></button></li>`)
    .join('');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>开发登录 · 云支部</title>
<style>body{font-family:system-ui,sans-serif;max-width:480px;margin:24px auto;padding:0 16px;color:#222}
h1{font-size:20px;color:#c00}ul{list-style:none;padding:0}li{margin:6px 0}
button{width:100%;text-align:left;padding:10px;border:1px solid #ddd;border-radius:6px;background:#fff;font-size:15px}
small{color:#888;margin-left:6px}input{width:100%;padding:10px;font-size:15px;box-sizing:border-box;margin:6px 0}
#create{background:#c00;color:#fff;text-align:center}.note{color:#888;font-size:13px}</style></head>
<body>
<h1>云支部 · 开发登录</h1>
<p class="note">仅本地开发环境可用，用于模拟不同微信用户（openid）。当前：<b id="current">未登录</b></p>
<h2>已有用户</h2>
<ul id="users">${items || ''}</ul>
<p class="note" id="empty"${users.length ? ' hidden' : ''}>数据库中还没有用户。</p>
<h2>新建开发用户</h2>
<form id="form"><input id="name" placeholder="显示名称，例如：张三" maxlength="20" required>
<button id="create" type="submit">创建并登录</button></form>
<script>
(function () {
  var back = ${scriptString(back)}; // checked by ownPath on the server: never an open redirect
  var cur = localStorage.getItem('devOpenid');
  if (cur) document.getElementById('current').textContent = (localStorage.getItem('devName') || '') + ' ' + cur;
  var known = {};
  document.querySelectorAll('#users button').forEach(function (b) { known[b.dataset.openid] = 1; });
  var remembered = [];
  try { remembered = JSON.parse(localStorage.getItem('devUsers') || '[]'); } catch (e) {}
  remembered.forEach(function (u) {
    if (known[u.openid]) return;
    var li = document.createElement('li'), b = document.createElement('button');
    b.type = 'button'; b.dataset.openid = u.openid; b.dataset.name = u.name;
    b.textContent = u.name + ' '; var s = document.createElement('small'); s.textContent = u.openid + '（本机创建）'; b.appendChild(s);
    li.appendChild(b); document.getElementById('users').appendChild(li);
    document.getElementById('empty').hidden = true;
  });
  function signIn(openid, name) {
    localStorage.setItem('devOpenid', openid);
    localStorage.setItem('devName', name);
    location.href = back;
  }
  document.getElementById('users').addEventListener('click', function (e) {
    var b = e.target.closest('button'); if (b) signIn(b.dataset.openid, b.dataset.name);
  });
  document.getElementById('form').addEventListener('submit', function (e) {
    e.preventDefault();
    var name = document.getElementById('name').value.trim(); if (!name) return;
    var bytes = new Uint8Array(4); crypto.getRandomValues(bytes);
    var openid = 'dev_' + Array.prototype.map.call(bytes, function (x) { return ('0' + x.toString(16)).slice(-2); }).join('');
    remembered.push({ openid: openid, name: name });
    localStorage.setItem('devUsers', JSON.stringify(remembered));
    signIn(openid, name);
  });
})();
</script>
</body></html>`;
}
