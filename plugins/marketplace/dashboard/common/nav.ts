/** The marketplace nav section; nav titles are explicit translation ids (see ../i18n). */
export const MARKETPLACE_NAV_SECTION_ID = 'marketplace';
