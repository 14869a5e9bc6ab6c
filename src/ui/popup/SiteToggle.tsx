// "Use Echt on this site" / "Turn off on this site" for the current tab, with the status the
// background's `siteStatus` answers. Shows nothing where Echt cannot run (browser pages, files).
import type { SiteStatus } from '../../chip';
import type { Translate } from '../../i18n';

export interface SiteToggleProps {
  t: Translate;
  /** null while unknown. */
  status: SiteStatus | null;
  /** Called with the wanted state; turning a site on may need its permission asked for first. */
  onToggle: (enabled: boolean) => void;
}

export function SiteToggle({ t, status, onToggle }: SiteToggleProps) {
  if (status === null || status.host === null) return null;
  return (
    <div class="site">
      <span class="site-host" id="site-host">
        {status.host}
      </span>
      <button type="button" class="secondary" aria-describedby="site-host" onClick={() => onToggle(!status.enabled)}>
        {status.enabled ? t('popupSiteTurnOff') : t('popupSiteUse')}
      </button>
    </div>
  );
}
