import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { api, newClerk } from '../helpers.js';
import { orgJson, userJson } from '../fixtures/objects.js';

const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);


describe('uploads', () => {
  const sources: Array<[string, () => unknown]> = [
    ['a Blob', () => new Blob([bytes], { type: 'image/png' })],
    ['a File (its name is sent)', () => new File([bytes], 'avatar.png', { type: 'image/png' })],
    ['a Buffer', () => Buffer.from(bytes)],
    ['a Uint8Array', () => new Uint8Array(bytes)],
    ['an ArrayBuffer', () => bytes.slice().buffer],
    ['a web ReadableStream', () => new Blob([bytes]).stream()],
    ['a Node Readable', () => Readable.from([Buffer.from(bytes.subarray(0, 4)), Buffer.from(bytes.subarray(4))])],
  ];

  it.each(sources)('users(id).setProfileImage takes %s and sends multipart', async (label, make) => {
    let body = Buffer.alloc(0);
    let contentType = '';
    api()
      .post('/users/user_1/profile_image')
      .reply(function (_uri, requestBody) {
        contentType = String(this.req.headers['content-type']);
        // nock hands over a binary body hex-encoded, a text one as it is.
        const raw = String(requestBody);
        body = /^[0-9a-f]+$/i.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'latin1');
        return [200, userJson('user_1')];
      });
    await newClerk({ strictResponses: true }).users('user_1').setProfileImage({ file: make() as Blob });
    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    const text = body.toString('latin1');
    expect(text).toContain('name="file"');
    expect(text).toContain(Buffer.from(bytes).toString('latin1'));
    if (label.startsWith('a File')) expect(text).toContain('filename="avatar.png"');
  });

  it('organizations(id).uploadLogo sends the file with PUT', async () => {
    let method = '';
    api()
      .put('/organizations/org_1/logo')
      .reply(function () {
        method = this.req.method;
        return [200, { ...orgJson('org_1'), image_url: 'https://img', has_image: true }];
      });
    const org = await newClerk({ strictResponses: true }).organizations('org_1').uploadLogo({ file: Buffer.from(bytes) });
    expect(method).toBe('PUT');
    expect(org.hasImage).toBe(true);
  });

  it('refuses something that is not a file before sending', async () => {
    await expect(newClerk().users('user_1').setProfileImage({ file: 'not a file' as never })).rejects.toThrow(/file: expected a Blob/);
  });
});
