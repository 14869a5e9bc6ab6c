// `npm start`: builds Echt, serves the demo chat page on 127.0.0.1 and opens Chromium
// with Echt loaded on it. Without a display it runs headless, saves a screenshot of the
// demo page to artifacts/demo.png and exits.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTIFACTS, launchEcht } from './support/browser';
import { buildTestExtension, ensureChromium } from './support/prepare';
import { serveFixtures } from './support/server';

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

ensureChromium();
buildTestExtension();
const server = await serveFixtures(undefined, Number(process.env.PORT ?? 5178));
const echt = await launchEcht({ headless: !hasDisplay });
const page = echt.context.pages()[0] ?? (await echt.context.newPage());
await page.goto(`${server.origin}/chat.html`);

if (hasDisplay) {
  console.log(`Echt is running on ${server.origin}/chat.html. Close the browser window to stop.`);
  echt.context.on('close', () => void server.close());
} else {
  await page.locator('#composer').click();
  await page.keyboard.type('Hi Sam, thinking of you. No need to reply.');
  await mkdir(ARTIFACTS, { recursive: true });
  const shot = join(ARTIFACTS, 'demo.png');
  await page.screenshot({ path: shot });
  console.log(`No display here, so Chromium ran headless with Echt on ${server.origin}/chat.html.`);
  console.log(`Screenshot: ${shot}`);
  await echt.close();
  await server.close();
}
