import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveStaticPath } from '../../src/server/static-files.js';

const root = path.resolve('/srv/viewer');

describe('resolveStaticPath', () => {
  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/index-abc.js', 'assets/index-abc.js'],
    ['/assets//x.css', 'assets/x.css'],
  ])('maps %s inside the folder', (url, file) => {
    expect(resolveStaticPath(root, url)).toBe(path.join(root, file));
  });

  it.each([
    ['/../etc/passwd'],
    ['/%2e%2e/etc/passwd'],
    ['/%2E%2E%2Fetc%2Fpasswd'],
    ['/assets/..%2f..%2fpackage.json'],
    ['/a%00.js'],
    ['/a%5c..%5cb'],
    ['/.git/config'],
    ['/C:/windows'],
    ['/%E0%A4%A'],
    ['relative'],
    [`/${'a'.repeat(2000)}`],
  ])('refuses %s', (url) => {
    expect(resolveStaticPath(root, url)).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it('names scripts, styles and pages, and falls back to bytes', () => {
    expect(contentTypeFor('a.js')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('a.css')).toMatch(/^text\/css/);
    expect(contentTypeFor('a.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('a.bin')).toBe('application/octet-stream');
  });
});
