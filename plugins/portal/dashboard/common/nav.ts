/** The portal's nav section; nav titles are explicit translation ids (see ../i18n). */
export const PORTAL_NAV_SECTION_ID = 'portal';
