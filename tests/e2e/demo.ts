// `npm start`: builds Echt and opens Chromium with it on a demo chat page whose draft shows
// the chip, with sample colleagues and a demo calendar so the popup's Today is full
// (support/demo.ts says how the sample data stays in a throwaway profile). Without a
// display it runs headless, saves pictures of the chip, the popup and the welcome page to
// artifacts/ and exits.
import { mkdir } from 'node:fs/promises';
import { ARTIFACTS } from './support/browser';
import { pictureDemo, startDemo } from './support/demo';
import { buildTestExtension, ensureChromium } from './support/prepare';

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

ensureChromium();
buildTestExtension();
const demo = await startDemo({ headless: !hasDisplay, port: Number(process.env.PORT ?? 5178) });
const page = `${demo.server.origin}/chat.html`;

if (hasDisplay) {
  console.log(`Echt is running on ${page}, with sample colleagues and a demo calendar.`);
  console.log("Open Echt's popup from the toolbar (the puzzle piece, then Echt) or with Alt+Shift+U.");
  console.log('Close the browser window to stop.');
  demo.echt.context.on('close', () => void demo.close());
} else {
  await mkdir(ARTIFACTS, { recursive: true });
  const pictures = await pictureDemo(demo);
  console.log(`No display here, so Chromium ran headless with Echt on ${page}.`);
  for (const picture of pictures) console.log(`Screenshot: ${picture}`);
  await demo.close();
}
