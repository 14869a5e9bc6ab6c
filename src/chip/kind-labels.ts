// The few words that name each kind of phrase, shared by the chip and the options page.
import type { Kind } from '../coach/types';
import type { ChipKey } from './setup';

export const KIND_LABELS: Readonly<Record<Kind, ChipKey>> = {
  'vague-offer': 'chipKindVagueOffer',
  advice: 'chipKindAdvice',
  comparison: 'chipKindComparison',
  minimizing: 'chipKindMinimizing',
  'shallow-checkin': 'chipKindShallowCheckin',
  'self-silencing': 'chipKindSelfSilencing',
  'reply-pressure': 'chipKindReplyPressure',
  personal: 'chipKindPersonal',
};
