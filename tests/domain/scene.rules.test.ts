import { createHmac } from 'node:crypto';
import { decodeJoinScene, encodeJoinScene, sceneRefusal, SCENE_MAX_LENGTH, MAX_JOIN_VERSION, type Hmac } from '@/domain/join/scene.rules';

const hmac: Hmac = (secret, data) => createHmac('sha256', secret).update(data).digest('base64url');
const secret = 'per-environment-secret-0123456789abcdef';

describe('join scene', () => {
  it('round-trips a branch code within the 32 characters WeChat allows', () => {
    for (const code of ['abc123', 'k3x9q2zz', '0000000']) {
      const scene = encodeJoinScene(hmac, secret, code);
      expect(scene.length).toBeLessThanOrEqual(SCENE_MAX_LENGTH);
      expect(scene).toMatch(/^j1\.[a-z0-9]{6,8}\.[A-Za-z0-9_-]{16}$/);
      expect(decodeJoinScene(hmac, secret, scene)).toEqual({ code, version: 0 });
    }
  });

  it('refuses a scene whose signature was altered', () => {
    const scene = encodeJoinScene(hmac, secret, 'abc123');
    const last = scene.slice(-1);
    expect(decodeJoinScene(hmac, secret, scene.slice(0, -1) + (last === 'A' ? 'B' : 'A'))).toBeNull();
  });

  it('refuses a signature moved onto another branch code', () => {
    const sig = encodeJoinScene(hmac, secret, 'abc123').split('.')[2];
    expect(decodeJoinScene(hmac, secret, `j1.abc124.${sig}`)).toBeNull();
  });

  it('refuses a scene signed with another environment secret', () => {
    expect(decodeJoinScene(hmac, secret, encodeJoinScene(hmac, 'another-secret', 'abc123'))).toBeNull();
  });

  it.each(['', 'j1', 'j1.abc123', 'j2.abc123.AAAAAAAAAAAAAAAA', 'j2.abc123.0.AAAAAAAAAAAAAAAA', 'j2.abc123.01.AAAAAAAAAAAAAAAA', 'j2.abc123.ZZ.AAAAAAAAAAAAAAAA', 'j1.ABC123.AAAAAAAAAAAAAAAA', 'j1.abc.AAAAAAAAAAAAAAAA', 'j1.abc123.AAAA.x', 'x'.repeat(40)])(
    'refuses the malformed scene %p',
    (scene) => {
      expect(decodeJoinScene(hmac, secret, scene)).toBeNull();
    },
  );

  it('will not encode a code that is not 6-8 lowercase base36 characters', () => {
    expect(() => encodeJoinScene(hmac, secret, 'ABC123')).toThrow();
    expect(() => encodeJoinScene(hmac, secret, 'abc')).toThrow();
  });

  it('carries a rotated code\'s version, signed, within 32 characters up to the largest version', () => {
    for (const version of [1, 35, 36, MAX_JOIN_VERSION]) {
      const scene = encodeJoinScene(hmac, secret, 'k3x9q2zz', version);
      expect(scene.length).toBeLessThanOrEqual(SCENE_MAX_LENGTH);
      expect(decodeJoinScene(hmac, secret, scene)).toEqual({ code: 'k3x9q2zz', version });
    }
    expect(() => encodeJoinScene(hmac, secret, 'abc123', MAX_JOIN_VERSION + 1)).toThrow();
  });

  it('refuses a signature moved onto another version of the same code', () => {
    const [, code, , sig] = encodeJoinScene(hmac, secret, 'abc123', 2).split('.');
    expect(decodeJoinScene(hmac, secret, `j2.${code}.3.${sig}`)).toBeNull();
    expect(decodeJoinScene(hmac, secret, `j1.${code}.${sig}`)).toBeNull();
  });

  it('tells a rotated or revoked code from the current one', () => {
    expect(sceneRefusal({}, { code: 'abc123', version: 0 })).toBeNull();
    expect(sceneRefusal({ joinVersion: 2 }, { code: 'abc123', version: 2 })).toBeNull();
    expect(sceneRefusal({ joinVersion: 2 }, { code: 'abc123', version: 1 })).toBe('rotated');
    expect(sceneRefusal({ joinVersion: 2, joinRevoked: true }, { code: 'abc123', version: 2 })).toBe('revoked');
  });
});
