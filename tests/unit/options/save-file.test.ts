import { describe, expect, it, vi } from 'vitest';
import { saveTextFile } from '../../../src/ui/options/data/save-file';

describe('saveTextFile', () => {
  it('downloads the text through a Blob and a temporary <a download>, leaving nothing behind', async () => {
    vi.useFakeTimers();
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:echt/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicks: { download: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ download: this.download, href: this.href });
    });

    saveTextFile('echt-backup-2026-05-04.json', '{"a":1}\n');

    expect(clicks).toEqual([{ download: 'echt-backup-2026-05-04.json', href: 'blob:echt/1' }]);
    expect(await created[0]?.text()).toBe('{"a":1}\n');
    expect(created[0]?.type).toBe('application/json');
    expect(document.querySelector('a')).toBeNull();
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:echt/1');
    vi.useRealTimers();
  });
});
