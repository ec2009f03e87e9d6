import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../examples/browser/', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };
// Debian's chromium, without the background traffic the closed network refuses.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let server: Server;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = normalize(join(root, new URL(request.url ?? '/', 'http://localhost').pathname.replace(/\/$/, '/index.html')));
    if (!path.startsWith(root) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('examples/browser in headless Chromium', () => {
  it('scores typed text live and highlights the hits', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    await page.fill('#input', "Pyongyang rejected Seoul's proposals and warned of retaliation.");
    await expect.poll(() => page.textContent('#label')).toBe('confrontation');
    expect(await page.$$eval('#text mark.con', (marks) => marks.map((m) => m.textContent))).toEqual(['proposals', 'warned', 'retaliation']);
    await page.fill('#input', 'Seoul will not seek unification by absorption and offered humanitarian aid.');
    await expect.poll(() => page.textContent('#label')).toBe('engagement');
    expect(await page.$$eval('#text mark.eng', (marks) => marks.length)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
