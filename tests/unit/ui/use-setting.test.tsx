import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import type { Setting } from '../../../src/settings/define';
import { useEditableSetting } from '../../../src/ui';

interface Box {
  on: boolean;
}

/** A setting stored as { on: false } whose writes wait until the test lets them finish. */
function slowSetting() {
  let stored: Box = { on: false };
  const writes: Array<{ finish: () => void; fail: () => void }> = [];
  const setting = {
    fallback: { on: false },
    get: async () => stored,
    watch: () => () => {},
    update: (change: (current: Box) => Box) =>
      new Promise<Box>((resolve, reject) => {
        writes.push({
          finish: () => {
            stored = change(stored);
            resolve(stored);
          },
          fail: () => reject(new Error('QuotaExceededError')),
        });
      }),
  } as unknown as Setting<Box>;
  return { setting, writes };
}

function Page({ setting }: { setting: Setting<Box> }) {
  const [, setRenders] = useState(0);
  const [box, edit] = useEditableSetting(setting);
  if (!box) return null;
  return (
    <div>
      <label>
        <input
          type="checkbox"
          checked={box.on}
          onChange={(event) => {
            const on = event.currentTarget.checked;
            void edit(() => ({ on }));
          }}
        />
        Remind me
      </label>
      <button type="button" onClick={() => setRenders((count) => count + 1)}>
        Something else on the page
      </button>
    </div>
  );
}

describe('a setting the user changes on a page', () => {
  it('shows the change at once and keeps it while the write is under way, through re-renders', async () => {
    const { setting, writes } = slowSetting();
    render(<Page setting={setting} />);
    const box = await screen.findByLabelText('Remind me');
    expect((box as HTMLInputElement).checked).toBe(false);

    fireEvent.click(box);
    // Anything else on the page re-renders before the write is back.
    fireEvent.click(screen.getByRole('button', { name: 'Something else on the page' }));
    expect((screen.getByLabelText('Remind me') as HTMLInputElement).checked).toBe(true);

    await act(async () => writes[0]?.finish());
    expect((screen.getByLabelText('Remind me') as HTMLInputElement).checked).toBe(true);
  });

  it('shows what is stored again when the write fails', async () => {
    const { setting, writes } = slowSetting();
    render(<Page setting={setting} />);
    fireEvent.click(await screen.findByLabelText('Remind me'));
    expect((screen.getByLabelText('Remind me') as HTMLInputElement).checked).toBe(true);

    await act(async () => writes[0]?.fail());
    await waitFor(() => expect((screen.getByLabelText('Remind me') as HTMLInputElement).checked).toBe(false));
  });
});
