import i18next from 'i18next';
import { enFacilitator } from './en.facilitator.js';

// The facilitator's English sentences join i18next's catalogue when a facilitator or organizer
// chunk loads; other languages fall back to them until their catalogues carry `f.*` keys.
i18next.addResourceBundle('en', 'translation', enFacilitator, true, false);
